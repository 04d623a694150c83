package kz.koshi.protection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.employment.EmploymentReferrals;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Outcomes, closure (which ends a running reflection period), follow-up contacts and notes. */
@Component
class Outcomes {

    private final CaseAccess caseAccess;
    private final CaseRepository cases;
    private final OutcomeRepository outcomes;
    private final EmploymentRepository employment;
    private final EmploymentReferrals referrals;
    private final PersonRegistry persons;
    private final NoteCipher cipher;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final SuspensionNotices suspensions;
    private final StatisticsNotices statistics;
    private final Clock clock;

    Outcomes(CaseAccess caseAccess, CaseRepository cases, OutcomeRepository outcomes, EmploymentRepository employment, EmploymentReferrals referrals,
             PersonRegistry persons, NoteCipher cipher, Timeline timeline, AuditTrail audit, ApplicationEventPublisher events, SuspensionNotices suspensions,
             StatisticsNotices statistics, Clock clock) {
        this.caseAccess = caseAccess;
        this.cases = cases;
        this.outcomes = outcomes;
        this.employment = employment;
        this.referrals = referrals;
        this.persons = persons;
        this.cipher = cipher;
        this.timeline = timeline;
        this.audit = audit;
        this.events = events;
        this.suspensions = suspensions;
        this.statistics = statistics;
        this.clock = clock;
    }

    void record(long caseId, NewOutcome o) {
        CaseRow c = caseAccess.write(caseId);
        if (c.status() == CaseStatus.CLOSED) {
            throw new DomainProblem(ProblemType.CONFLICT, "protection.case.status-closed");
        }
        if (o.kind() == OutcomeKind.REPATRIATION && !c.foreign()) {
            throw new DomainProblem(ProblemType.RULE_VIOLATION, "kind", "protection.outcome.repatriation-citizen");
        }
        if (o.kind() == OutcomeKind.EMPLOYMENT_REFERRAL) {
            o.profile().checked(); // a contact without consent is refused before anything is written
        }
        List<CaseFile.Outcome> before = outcomes.outcomes(caseId);
        long outcomeId = outcomes.insert(caseId, o, Actor.current().name());
        statistics.outcome(c, outcomeId, o);
        if (o.kind() == OutcomeKind.CRIMINAL_CASE) {
            suspensions.criminalStage(c, before);
        }
        if (o.kind() == OutcomeKind.EMPLOYMENT_REFERRAL) {
            // What any programme's referral carries goes to the career centre (rule V8): the person as the registry
            // holds them, the region, languages, skills and the agreed contacts; the programme stays with the case.
            employment.insert(caseId, referrals.referFromCase(persons.summary(c.personNumber()).orElseThrow(), c.regionCode(),
                    o.profile()));
        }
        timeline.record(caseId, "OUTCOME", o.kind());
        audit.record(AuditEvent.success("OUTCOME_RECORDED", "protection_case", caseId).because(AuditReason.of("outcome", ReasonArg.label("protection.outcome.", o.kind()))));
    }

    void close(long caseId, Closure closure) {
        CaseRow c = caseAccess.write(caseId);
        CaseOps.requireMove(c, CaseStatus.CLOSED);
        cases.close(caseId, closure.closedOn(), closure.reason());
        if (c.reflectionActive()) {
            endReflection(c, closure.closedOn());
        }
        suspensions.caseClosed(c, closure.closedOn());
        statistics.closed(c, closure);
        timeline.record(caseId, "CLOSED", closure.reason());
        audit.record(AuditEvent.success("CASE_CLOSED", "protection_case", caseId).because(AuditReason.of("closure", ReasonArg.label("protection.closure.", closure.reason()))));
    }

    /** The reflection period ends on closure or when it runs out; stay learns the date only. */
    void endReflection(CaseRow c, LocalDate endedOn) {
        LocalDate on = endedOn.isAfter(c.reflectionEndsOn()) ? c.reflectionEndsOn() : endedOn;
        cases.endReflection(c.id(), on);
        timeline.record(c.id(), "REFLECTION_ENDED", on);
        events.publishEvent(new ReflectionPeriodEnded(c.personNumber(), on));
    }

    void followUp(long caseId, NewFollowUp f) {
        CaseOps.requireStatus(caseAccess.write(caseId), CaseStatus.CLOSED);
        outcomes.followUp(caseId, f, cipher.encrypt(f.note()), Actor.current().name());
        timeline.record(caseId, "FOLLOW_UP", f.channel());
        audit.record(AuditEvent.success("FOLLOW_UP_RECORDED", "protection_case", caseId));
    }

    void note(long caseId, NewNote n) {
        caseAccess.write(caseId);
        outcomes.note(caseId, cipher.encrypt(n.text()), Actor.current().name(), clock.instant());
        audit.record(AuditEvent.success("CASE_NOTE_ADDED", "protection_case", caseId));
    }

    void endExpiredReflections(LocalDate today) {
        cases.withExpiredReflection(today).forEach(c -> {
            endReflection(c, c.reflectionEndsOn());
            audit.record(AuditEvent.success("REFLECTION_PERIOD_EXPIRED", "protection_case", c.id()));
        });
    }
}
