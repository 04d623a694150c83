package kz.koshi.protection.guardianship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A guardianship authority's work on the children referred to it: its queue, a referral, acceptance, the measures
 * taken and closure. Each read and each step is audited; each step goes on the case's timeline, where the crisis
 * centre holding the case sees it. Reads are read-write transactions: each writes its audit entry.
 */
@Service
@Transactional
@PreAuthorize("hasRole('GUARDIANSHIP_OFFICER')")
public class GuardianshipWork {

    private final GuardianshipAccess access;
    private final GuardianshipRepository referrals;
    private final IdentityResolution identity;
    private final CaseTimeline timeline;
    private final AuditTrail audit;
    private final Clock clock;

    GuardianshipWork(GuardianshipAccess access, GuardianshipRepository referrals, IdentityResolution identity,
                     CaseTimeline timeline, AuditTrail audit, Clock clock) {
        this.access = access;
        this.referrals = referrals;
        this.identity = identity;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    /** The referrals sent to the officer's authority (no names: the child's name is on the referral's own page). */
    public List<GuardianshipReferral> queue() {
        List<GuardianshipReferral> queue = referrals.queue(GuardianshipAccess.officer().agencyCode());
        audit.record(AuditEvent.success("GUARDIANSHIP_QUEUE_READ", "protection_guardianship_referral", null)
                .because(AuditReason.of("referrals-listed", ReasonArg.number(queue.size()))));
        return queue;
    }

    public GuardianshipReferral referral(long id) {
        GuardianshipReferral r = access.load(id, "READ");
        audit.record(AuditEvent.success("GUARDIANSHIP_REFERRAL_READ", "protection_guardianship_referral", id));
        return r.withNameAndMeasures(identity.person(r.personNumber()).map(ChildName::of).orElse(null), referrals.measures(id));
    }

    public void accept(long id) {
        GuardianshipReferral r = access.load(id, "WRITE");
        step(r, referrals.accept(id, actor(), clock.instant()), "GUARDIANSHIP_ACCEPTED", null);
    }

    public void act(long id, NewMeasure measure) {
        GuardianshipReferral r = access.load(id, "WRITE");
        if (measure.takenOn().isBefore(LocalDate.ofInstant(r.referredAt(), clock.getZone()))) {
            throw new DomainProblem(ProblemType.RULE_VIOLATION, "takenOn", "protection.guardianship.measure-before-referral");
        }
        step(r, referrals.addMeasure(id, measure, actor(), clock.instant()), "GUARDIANSHIP_MEASURE", measure.measure());
    }

    public void close(long id) {
        GuardianshipReferral r = access.load(id, "WRITE");
        step(r, referrals.close(id, actor(), clock.instant()), "GUARDIANSHIP_CLOSED", null);
    }

    /** A step taken goes on the case's timeline and the audit trail; one the referral's status does not allow is refused. */
    private void step(GuardianshipReferral r, boolean done, String kind, GuardianshipMeasure measure) {
        if (!done) {
            throw new DomainProblem(ProblemType.CONFLICT, "protection.guardianship.status-" + r.status().name().toLowerCase());
        }
        timeline.record(r.caseId(), kind, measure);
        audit.record(AuditEvent.success(kind, "protection_guardianship_referral", r.id())
                .because(measure == null ? AuditReason.of("case", ReasonArg.id(r.caseId()))
                        : AuditReason.of("measure", ReasonArg.label("protection.guardianship.measure.", measure), ReasonArg.id(r.caseId()))));
    }

    private static String actor() {
        return GuardianshipAccess.officer().actorName();
    }
}
