package kz.koshi.audit;

import java.util.Objects;

/**
 * What is to be recorded: the action, what it touched and why. Who did it and when are added by the
 * trail. Subject ids are internal identifiers; names and other personal data never go in here.
 */
public record AuditEvent(String action, String subjectType, String subjectId, String reason, AuditOutcome outcome) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
    }

    public static AuditEvent success(String action, String subjectType, Object subjectId) {
        return new AuditEvent(action, subjectType, subjectId == null ? null : subjectId.toString(), null, AuditOutcome.SUCCESS);
    }

    public AuditEvent because(String why) {
        return new AuditEvent(action, subjectType, subjectId, why, outcome);
    }
}
