package kz.koshi.recruitment.placement;

import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.ReasonArg;
import kz.koshi.audit.AuditTrail;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import kz.koshi.identity.PersonSummary;
import kz.koshi.recruitment.Licences;
import kz.koshi.recruitment.PlacementRefusal;
import kz.koshi.recruitment.PlacementReported;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.Iin;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.ProblemType;
import kz.koshi.shared.translit.Scripts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placements abroad. A licensed agency reports them (its account or its own token) and reads only its own; the labour
 * authority reads them all. Every report, refusal and read is audited; an accepted report publishes
 * {@link PlacementReported}, a refused one {@code PlacementRefused} (and stores nothing).
 */
@Service
public class Placements {

    /** The labour authority: its officers, or its system with the licensing scope. */
    static final String LABOUR = "hasRole('LABOUR_OFFICER') or hasAuthority('SCOPE_recruitment:licensing')";
    static final String AGENCY = "hasRole('AGENCY_OPERATOR') or hasAuthority('SCOPE_recruitment:placements')";
    static final String SOURCE = "labour";
    static final int LIST_LIMIT = 500;

    private final PlacementRepository placements;
    private final Licences licences;
    private final LabourAgreements agreements;
    private final IdentityResolution identity;
    private final ReferenceData reference;
    private final RefusalLog refusals;
    private final PlacementProperties properties;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final KazakhstanCalendar calendar;
    private final Clock clock;

    Placements(PlacementRepository placements, Licences licences, LabourAgreements agreements, IdentityResolution identity,
               ReferenceData reference, RefusalLog refusals, PlacementProperties properties, ApplicationEventPublisher events,
               AuditTrail audit, KazakhstanCalendar calendar, Clock clock) {
        this.placements = placements;
        this.licences = licences;
        this.agreements = agreements;
        this.identity = identity;
        this.reference = reference;
        this.refusals = refusals;
        this.properties = properties;
        this.events = events;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Records a placement of the caller's agency, or refuses it with every reason (and nothing stored). */
    @PreAuthorize(AGENCY)
    @Transactional
    public Placement report(PlacementForm form) {
        PlacementRepository.AgencyRow agency = agency();
        wellFormed(form);
        List<Refusal> refused = PlacementRules.check(form, licences.standing(agency.code()), calendar.today(),
                properties.feeLimitKzt(), this::abroad);
        if (!refused.isEmpty()) {
            throw refuse(agency, refused, form);
        }
        UUID id = UUID.randomUUID();
        String person = identity.resolve(new IncomingRecord(SOURCE, "placement-" + id, form.getWorkerSurname(), form.getWorkerGivenName(),
                null, Iin.of(form.getWorkerIin()).birthDate().toString(), null, "KAZ", null, form.getWorkerIin(), null, null)).personNumber();
        if (identity.registered(person).map(PersonSummary::citizenship).filter(c -> c != null && !"KAZ".equals(c)).isPresent()) {
            throw refuse(agency, List.of(Refusal.of(PlacementRefusal.WORKER_NOT_A_CITIZEN, "workerIin")), form);
        }
        String employerKey = Scripts.matchKey(form.getEmployerName());
        boolean inForce = agreements.inForce(form.getCountry());
        var now = clock.instant();
        placements.insert(id, agency.id(), person, form, employerKey, inForce, now, CurrentActor.name());
        audit.record(AuditEvent.success("PLACEMENT_REPORTED", "recruitment_placement", id));
        events.publishEvent(new PlacementReported(id, agency.code(), person, form.getCountry(),
                form.getEmployerRegistration(), employerKey, form.getMonthlyWage(), form.getWageCurrency(), form.getFeesKzt(),
                form.getContractStart(), form.getContractEnd(), now));
        return placements.find(id).orElseThrow();
    }

    @PreAuthorize(AGENCY)
    @Transactional
    public List<Placement> mine() {
        List<Placement> list = placements.ofAgency(agency().id());
        audit.record(AuditEvent.success("PLACEMENTS_LISTED", "recruitment_placement", null).because(AuditReason.of("placements-listed", ReasonArg.number(list.size()))));
        return list;
    }

    /** One of the caller's agency's placements; another agency's is "not found". */
    @PreAuthorize(AGENCY)
    @Transactional
    public Placement mine(UUID id) {
        String code = agency().code();
        Placement placement = placements.find(id).filter(p -> p.agencyCode().equals(code))
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "recruitment.placement.not-found"));
        audit.record(AuditEvent.success("PLACEMENT_READ", "recruitment_placement", id));
        return placement;
    }

    /** Records the pre-departure orientation a worker of the caller's agency received. */
    @PreAuthorize(AGENCY)
    @Transactional
    public Placement orient(UUID id, OrientationForm form) {
        Placement placement = mine(id);
        placements.addOrientation(placement.id(), List.copyOf(new TreeSet<>(form.getTopics())), form.getReceivedOn(),
                form.getGivenBy(), CurrentActor.name(), clock.instant());
        audit.record(AuditEvent.success("PLACEMENT_ORIENTATION_RECORDED", "recruitment_placement", id));
        return placements.find(id).orElseThrow();
    }

    /** The labour authority's view of every agency's placements, filtered. */
    @PreAuthorize(LABOUR)
    @Transactional
    public List<Placement> all(PlacementFilter filter) {
        List<Placement> list = placements.matching(filter, LIST_LIMIT);
        audit.record(AuditEvent.success("PLACEMENTS_LISTED", "recruitment_placement", null).because(AuditReason.of("placements-listed", ReasonArg.number(list.size()))));
        return list;
    }

    /** One placement for the labour authority, with the worker's name from the registry (audited). */
    @PreAuthorize(LABOUR)
    @Transactional
    public Placement one(UUID id) {
        Placement placement = placements.find(id)
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "recruitment.placement.not-found"));
        audit.record(AuditEvent.success("PLACEMENT_READ", "recruitment_placement", id));
        return placement;
    }

    /** The worker as the registry knows them, for the labour authority's placement page (the read of the placement is audited). */
    @PreAuthorize("hasRole('LABOUR_OFFICER')")
    @Transactional(readOnly = true)
    public String workerName(Placement placement) {
        return identity.registered(placement.personNumber()).map(p -> p.surname() + " " + p.givenName()).orElse("");
    }

    private PlacementRepository.AgencyRow agency() {
        return placements.agency(CurrentActor.agencyCode())
                .orElseThrow(() -> new DomainProblem(ProblemType.FORBIDDEN, "recruitment.applicant.no-agency"));
    }

    private void wellFormed(PlacementForm form) {
        if (!Iin.isValid(form.getWorkerIin())) {
            throw new DomainProblem(ProblemType.VALIDATION, "workerIin", "recruitment.person.iin-invalid");
        }
        form.setCountry(form.getCountry().toUpperCase(Locale.ROOT));
        form.setEmployerCountry(form.getEmployerCountry().toUpperCase(Locale.ROOT));
        form.setWageCurrency(form.getWageCurrency().toUpperCase(Locale.ROOT));
        // A fund, metal or test code (XXX, XAU, XDR, XTS: no minor unit) is no wage currency.
        if (Currency.getAvailableCurrencies().stream()
                .noneMatch(c -> c.getCurrencyCode().equals(form.getWageCurrency()) && c.getDefaultFractionDigits() >= 0)) {
            throw new DomainProblem(ProblemType.VALIDATION, "wageCurrency", "recruitment.placement.currency-unknown");
        }
    }

    private boolean abroad(String country) {
        return reference.country(country).filter(c -> !"KAZ".equals(c.alpha3())).isPresent();
    }

    private PlacementRefusedProblem refuse(PlacementRepository.AgencyRow agency, List<Refusal> refused, PlacementForm form) {
        refusals.record(agency.code(), refused, abroad(form.getCountry()) ? form.getCountry() : null);
        return new PlacementRefusedProblem(refused);
    }
}
