package kz.koshi.audit;

import java.time.Instant;

/** One link of the audit chain as stored. */
public record AuditEntry(long id, Instant occurredAt, String actor, String agencyCode, String action,
                         String subjectType, String subjectId, String reason, AuditOutcome outcome,
                         String prevHash, String hash) {
}
