package kz.koshi.stay;

import java.time.Clock;
import java.time.LocalDate;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditOutcome;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * V5 and issue 12: no expulsion measure while removal is suspended. An expulsion (a court's order recorded, or the
 * migration police's decision to initiate one) is refused when removal is suspended today or was on the day of the
 * decision; the refusal says AuditReason.of("removal-suspended"), never why, and only it is written (audited on its own).
 */
@Component
class SuspensionGuard {

    private final SuspensionRepository periods;
    private final AuditTrail audit;
    private final Clock clock;

    SuspensionGuard(SuspensionRepository periods, AuditTrail audit, Clock clock) {
        this.periods = periods;
        this.audit = audit;
        this.clock = clock;
    }

    void refuseIfSuspended(String person, LocalDate decidedOn, String action, String subjectType, Object subjectId) {
        LocalDate today = LocalDate.now(clock);
        if (periods.suspendedOn(person, today) || decidedOn != null && periods.suspendedOn(person, decidedOn)) {
            audit.recordSeparately(new AuditEvent(action, subjectType, String.valueOf(subjectId), AuditReason.of("removal-suspended"),
                    AuditOutcome.FAILURE));
            throw new DomainProblem(ProblemType.REMOVAL_SUSPENDED, "stay.expulsion.removal-suspended");
        }
    }
}
