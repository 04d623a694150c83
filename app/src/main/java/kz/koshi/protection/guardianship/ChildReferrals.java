package kz.koshi.protection.guardianship;

import java.time.Clock;
import java.time.Instant;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import org.springframework.stereotype.Component;

/**
 * Rule V7: a child victim is referred at once to child protection. The screening that opens a child's case calls
 * {@link #refer} in its own transaction, so the case and the referral to the guardianship authority commit together.
 */
@Component
public class ChildReferrals {

    private final GuardianshipRouting routing;
    private final GuardianshipRepository referrals;
    private final CaseTimeline timeline;
    private final AuditTrail audit;
    private final Clock clock;

    ChildReferrals(GuardianshipRouting routing, GuardianshipRepository referrals, CaseTimeline timeline, AuditTrail audit,
                   Clock clock) {
        this.routing = routing;
        this.referrals = referrals;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends the child's case to the guardianship authority of the child's region; returns the authority. */
    public String refer(long caseId, String childRegion, String holdingAgency) {
        String authority = routing.authorityFor(childRegion, holdingAgency);
        Instant now = clock.instant();
        long id = referrals.insert(caseId, authority, now);
        timeline.record(caseId, "CHILD_PROTECTION_REFERRED", authority);
        audit.record(AuditEvent.success("CHILD_PROTECTION_REFERRED", "protection_case", caseId)
                .because(AuditReason.of("guardianship-referral", ReasonArg.id(id), ReasonArg.agency(authority))));
        return authority;
    }
}
