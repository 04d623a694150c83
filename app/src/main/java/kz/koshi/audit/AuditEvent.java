package kz.koshi.audit;

import java.util.Objects;

import kz.koshi.shared.CleanText;

/**
 * What is to be recorded: the action, what it touched and why. Who did it and when are added by the
 * trail. Subject ids are internal identifiers; names and other personal data never go in here. The reason is an
 * {@link AuditReason} (a message key and its arguments, or an officer's own words), never free text.
 */
public record AuditEvent(String action, String subjectType, String subjectId, AuditReason reason, AuditOutcome outcome) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        // Fitted to the columns and cleaned, so that a refusal of an overlong or unclean value is still recorded.
        action = CleanText.fitted(action, 64);
        subjectType = CleanText.fitted(subjectType, 64);
        subjectId = CleanText.fitted(subjectId, 100);
    }

    public static AuditEvent success(String action, String subjectType, Object subjectId) {
        return new AuditEvent(action, subjectType, subjectId == null ? null : subjectId.toString(), null, AuditOutcome.SUCCESS);
    }

    public AuditEvent because(AuditReason why) {
        return new AuditEvent(action, subjectType, subjectId, why, outcome);
    }
}
