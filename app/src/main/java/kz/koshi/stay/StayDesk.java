package kz.koshi.stay;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.border.BorderCommands;
import kz.koshi.border.BorderRecords;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.Iin;
import kz.koshi.shared.ProblemType;
import kz.koshi.stay.StayCommands.NewExpulsion;
import kz.koshi.stay.StayCommands.NewPermit;
import kz.koshi.stay.StayCommands.NewRegistration;
import kz.koshi.stay.rules.PermitKind;
import kz.koshi.stay.rules.PermitRules;
import kz.koshi.stay.rules.RegistrationParty;
import kz.koshi.stay.rules.StayEngine;
import kz.koshi.stay.rules.StayFacts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records registrations (of foreigners, not too far ahead, each once), permits (checked by the permit rules, each
 * once) and court expulsions (with the E3 ban).
 */
@Service
public class StayDesk {

    static final String WRITERS = "hasAuthority('SCOPE_stay:write') or hasRole('MIGRATION_OFFICER') or hasRole('LABOUR_OFFICER')";
    static final String EXPELLERS = "hasAuthority('SCOPE_expulsions:write') or hasRole('MIGRATION_OFFICER')";

    /**
     * A registration records a stay at an address that has begun or is about to (a hotel booking for the coming
     * week): one that starts later than this many days from today is refused as a likely mistyped date.
     */
    static final int REGISTRATION_MAX_DAYS_AHEAD = 7;

    /** The field each permit rule is about, so that the refusal is shown against it; the rest against the kind. */
    private static final Map<String, String> PERMIT_PROBLEM_FIELDS = Map.of(
            "stay.permit.until-before-from", "validUntil",
            "stay.permit.domestic-term", "months",
            "stay.permit.domestic-cap", "validUntil",
            "stay.permit.employer-limit", "employer",
            "stay.permit.tax-unpaid", "taxPaid",
            "stay.permit.mrp-not-configured", "validFrom",
            "stay.permit.quota-exhausted", "validFrom",
            "stay.permit.quota-not-configured", "validFrom",
            "stay.permit.annual", "validUntil",
            "stay.permit.ict-term", "validUntil");

    private final StayRecords records;
    private final PermitRules permitRules;
    private final StayEngine engine;
    private final BorderRecords border;
    private final ViolationDetector detector;
    private final SuspensionGuard suspension;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StayDesk(StayRecords records, PermitRules permitRules, StayEngine engine, BorderRecords border, ViolationDetector detector,
             SuspensionGuard suspension, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.records = records;
        this.permitRules = permitRules;
        this.engine = engine;
        this.border = border;
        this.detector = detector;
        this.suspension = suspension;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(WRITERS + " or hasRole('AKIMAT_OFFICER')")
    public long register(NewRegistration r, String by) {
        if (StayEngine.HOME.equals(citizenship(r.personNumber()))) {
            throw new DomainProblem(ProblemType.RULE_VIOLATION, "personNumber", "stay.registration.citizen");
        }
        if (("HOST".equals(r.party()) || "HOTEL".equals(r.party()))
                && !engine.registers(citizenship(r.personNumber()), RegistrationParty.valueOf(r.party()), r.validFrom())) {
            throw new DomainProblem(ProblemType.RULE_VIOLATION, "party", "stay.registration.police-only");
        }
        if (r.validUntil().isBefore(r.validFrom())) {
            throw new DomainProblem(ProblemType.VALIDATION, "validUntil", "stay.registration.until-before-from");
        }
        if (r.validFrom().isAfter(LocalDate.now(clock).plusDays(REGISTRATION_MAX_DAYS_AHEAD))) {
            throw new DomainProblem(ProblemType.VALIDATION, "validFrom", "stay.registration.too-far-ahead");
        }
        String basis = r.basis() == null ? "ORDINARY" : r.basis();
        String address = r.address() == null ? "" : r.address().strip();
        if (records.registrations(r.personNumber()).stream().anyMatch(x -> x.party().equals(r.party()) && x.basis().equals(basis)
                && x.validFrom().equals(r.validFrom()) && x.validUntil().equals(r.validUntil())
                && (x.address() == null ? "" : x.address().strip()).equalsIgnoreCase(address))) {
            throw new DomainProblem(ProblemType.CONFLICT, "stay.registration.duplicate");
        }
        long id = records.insertRegistration(r.personNumber(), r.party(), basis, r.validFrom(), r.validUntil(), r.address(), by,
                clock.instant());
        events.publishEvent(new RegistrationRecorded(id, r.party(), basis, r.validFrom(), citizenship(r.personNumber())));
        audit.record(AuditEvent.success("REGISTRATION_RECORDED", "stay_registration", id).because(AuditReason.of("registered-by", ReasonArg.label("stay.party.", r.party()))));
        detector.detect(r.personNumber(), "EVENT");
        return id;
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public long issuePermit(NewPermit p, String by) {
        StayFacts facts = StayFacts.of(citizenship(p.personNumber()), List.of());
        PermitKind kind = PermitKind.valueOf(p.kind());
        if (kind == PermitKind.DOMESTIC_WORKER && p.months() == null) {
            throw new DomainProblem(ProblemType.VALIDATION, "months", "stay.permit.months-required");
        }
        if (kind == PermitKind.DOMESTIC_WORKER && p.taxPaid() == null) {
            throw new DomainProblem(ProblemType.VALIDATION, "taxPaid", "stay.permit.tax-required");
        }
        if (kind == PermitKind.DOMESTIC_WORKER && !Iin.isValid(p.employerNumber())) {
            throw new DomainProblem(ProblemType.VALIDATION, "employer", "stay.permit.employer-iin");
        }
        List<Permit> held = records.permits(p.personNumber());
        if (held.stream().anyMatch(x -> x.kind().equals(p.kind()) && x.employer().strip().equalsIgnoreCase(p.employerNumber())
                && x.validFrom().equals(p.validFrom()) && x.validUntil().equals(p.validUntil()))) {
            throw new DomainProblem(ProblemType.CONFLICT, "stay.permit.duplicate");
        }
        List<String> problems = permitRules.problems(new PermitRules.Application(kind, facts.citizenship(), p.validFrom(),
                p.validUntil(), p.monthsOrNone(), p.taxPaidOrNone(), held.stream()
                .map(x -> new StayFacts.PermitFact(PermitKind.valueOf(x.kind()), x.validFrom(), x.validUntil(), x.employer())).toList(),
                records.activeDomesticPermitsOf(p.employerNumber(), p.validFrom()), records.quotaPermitsIn(p.validFrom().getYear())));
        if (!problems.isEmpty()) {
            String problem = problems.getFirst();
            throw new DomainProblem(ProblemType.RULE_VIOLATION, PERMIT_PROBLEM_FIELDS.getOrDefault(problem, "kind"), problem);
        }
        long id = records.insertPermit(new Permit(0, p.personNumber(), p.kind(), p.employerNumber(), p.validFrom(), p.validUntil(),
                p.monthsOrNone(), p.taxPaidOrNone()), by, clock.instant());
        events.publishEvent(new PermitIssued(id, p.kind(), p.validFrom(), facts.citizenship()));
        audit.record(AuditEvent.success("PERMIT_ISSUED", "stay_permit", id).because(AuditReason.of("permit-kind", ReasonArg.label("stay.permit.kind.", p.kind()))));
        detector.detect(p.personNumber(), "EVENT");
        return id;
    }

    /**
     * E2/E3: a court's expulsion order, and the 5-year entry ban it brings (moved to 5 years after the exit later).
     * Recorded by the migration police, who carry out expulsions (scope {@code expulsions:write}), never under the
     * general {@code stay:write} of the labour ministry or an akimat. Refused while removal is suspended (V5, issue 12):
     * nothing is written, the card stays valid, the refusal is audited.
     */
    @Transactional
    @PreAuthorize(EXPELLERS)
    public long recordExpulsion(NewExpulsion e, String by) {
        known(e.personNumber());
        if (e.decidedOn().isAfter(LocalDate.now(clock))) {
            throw new DomainProblem(ProblemType.VALIDATION, "decidedOn", "stay.expulsion.decided-in-future");
        }
        if (e.leaveBy().isBefore(e.decidedOn())) {
            throw new DomainProblem(ProblemType.VALIDATION, "leaveBy", "stay.expulsion.leave-before-decision");
        }
        if (records.expulsions(e.personNumber()).stream().anyMatch(x -> x.courtAct().equalsIgnoreCase(e.courtAct().strip()))) {
            throw new DomainProblem(ProblemType.CONFLICT, "courtAct", "stay.expulsion.duplicate");
        }
        suspension.refuseIfSuspended(e.personNumber(), e.decidedOn(), "EXPULSION_REFUSED", "person", e.personNumber());
        StayFacts.ExpulsionFact fact = new StayFacts.ExpulsionFact(e.decidedOn(), e.leaveBy());
        long ban = border.imposeBan(new BorderCommands.NewBan(e.personNumber(), "ENTRY_BAN", "COURT_EXPULSION",
                e.courtAct().strip(), e.decidedOn(), engine.entryBanUntil(fact, null))).id();
        long id = records.insertExpulsion(e.personNumber(), e.courtAct().strip(), e.decidedOn(), e.leaveBy(), ban, clock.instant());
        border.revokeCard(e.personNumber());
        events.publishEvent(new ExpulsionRecorded(id, e.decidedOn(), citizenship(e.personNumber())));
        audit.record(AuditEvent.success("EXPULSION_RECORDED", "stay_expulsion", id));
        return id;
    }

    private void known(String person) {
        citizenship(person);
    }

    private String citizenship(String person) {
        return border.crossingsOf(person).stream().reduce((a, b) -> b).map(c -> c.citizenship())
                .orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "personNumber", "stay.person.unknown"));
    }
}
