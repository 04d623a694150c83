package kz.koshi.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditTrail;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonSummary;
import kz.koshi.recruitment.rules.ApplicationStatus;
import kz.koshi.recruitment.rules.ChecklistItem;
import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The labour authority's side: the review queue, the review file, decisions, the register of agencies. */
@Service
@PreAuthorize("hasRole('LABOUR_OFFICER') or hasAuthority('SCOPE_recruitment:licensing')")
public class Licensing {

    private final ApplicationRepository applications;
    private final AgencyRepository agencies;
    private final HistoryRepository history;
    private final RevokedLinks revoked;
    private final Licences licences;
    private final IdentityResolution identity;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Licensing(ApplicationRepository applications, AgencyRepository agencies, HistoryRepository history, RevokedLinks revoked,
              Licences licences, IdentityResolution identity, AuditTrail audit, Clock clock,
              org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.applications = applications;
        this.agencies = agencies;
        this.history = history;
        this.revoked = revoked;
        this.licences = licences;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Applications awaiting review, oldest first. */
    @Transactional(readOnly = true)
    public List<ApplicationView> queue() {
        return applications.inStatus(ApplicationStatus.SUBMITTED);
    }

    /** The review file; reading the names behind it is audited. */
    @Transactional
    public ReviewFile file(long id) {
        ApplicationView a = existing(id);
        Agency agency = agencies.byId(a.agencyId()).orElseThrow();
        Set<String> flagged = revoked.of(id);
        List<ReviewFile.Person> persons = a.persons().stream().map(p -> person(p, flagged.contains(p.personNumber()))).toList();
        audit.record(AuditEvent.success("RECRUITMENT_APPLICATION_VIEWED", "recruitment_application", id));
        return new ReviewFile(a, agency, licences.standing(agency.agencyCode()), persons);
    }

    /** Asks for corrections, grants (every checklist item ticked; a licence is issued) or refuses, with a reason. */
    @Transactional
    public ApplicationView decide(long id, Decision decision) {
        ApplicationView a = existing(id);
        if (!a.status().awaitsReview()) {
            throw new DomainProblem(ProblemType.CONFLICT, "recruitment.application.not-awaiting-review");
        }
        if (decision.outcome() == ReviewOutcome.GRANT && !ChecklistItem.missing(decision.ticked()).isEmpty()) {
            throw new DomainProblem(ProblemType.RULE_VIOLATION, "checklist", "recruitment.review.checklist-incomplete");
        }
        String reason = decision.reason().strip();
        if (!applications.decide(id, ApplicationStatus.SUBMITTED, decision.outcome().status(), decision.ticked(), reason, clock.instant())) {
            throw new DomainProblem(ProblemType.CONFLICT, "recruitment.application.not-awaiting-review");
        }
        Agency agency = agencies.byId(a.agencyId()).orElseThrow();
        history.add(agency.id(), id, null, decision.outcome().act(), LocalDate.now(clock), clock.instant(), CurrentActor.name(), reason);
        audit.record(AuditEvent.success(decision.outcome().act(), "recruitment_application", id));
        if (decision.outcome() == ReviewOutcome.GRANT) {
            licences.grant(agency, a, reason);
        }
        return existing(id);
    }

    @Transactional
    public byte[] contract(long id) {
        audit.record(AuditEvent.success("RECRUITMENT_CONTRACT_READ", "recruitment_application", id));
        return applications.contract(existing(id).id()).orElseThrow();
    }

    /** Every agency that opened an account, with its licence as it stands today. */
    @Transactional(readOnly = true)
    public List<RegisterRow> register() {
        return jdbc.sql("select agency_code from recruitment_agency order by legal_name, id").query(String.class).list().stream()
                .map(code -> new RegisterRow(agencies.byCode(code).orElseThrow(), licences.standing(code))).toList();
    }

    @Transactional(readOnly = true)
    public Agency agency(long agencyId) {
        return agencies.byId(agencyId).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "recruitment.agency.not-found"));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long agencyId) {
        return history.ofAgency(agency(agencyId).id());
    }

    @Transactional(readOnly = true)
    public List<ApplicationView> applicationsOf(long agencyId) {
        return applications.ofAgency(agency(agencyId).id());
    }

    private ReviewFile.Person person(ApplicationView.Behind b, boolean flagged) {
        PersonSummary p = identity.person(b.personNumber()).orElse(null);
        String name = p == null ? b.personNumber() : String.join(" ", nonBlank(p.surname()), nonBlank(p.givenName())).strip();
        return new ReviewFile.Person(b.role(), b.personNumber(), name, p == null ? null : p.birthDate(), flagged);
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value;
    }

    private ApplicationView existing(long id) {
        return applications.find(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "recruitment.application.not-found"));
    }
}
