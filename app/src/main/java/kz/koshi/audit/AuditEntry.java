package kz.koshi.audit;

import java.time.Instant;

/**
 * One link of the audit chain as stored. {@code reasonKey} and {@code reasonArgs} hold a structured reason
 * ({@link AuditReason}; args as {@link ReasonArgs} stores them); then {@code reason} holds only the officer's own words.
 * Entries written before structured reasons have no key and their reason is the text recorded then.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String agencyCode, String action,
                         String subjectType, String subjectId, String reason, String reasonKey, String reasonArgs,
                         AuditOutcome outcome, String prevHash, String hash) {

    AuditEntry sealed(String prevHash, String hash) {
        return new AuditEntry(id, occurredAt, actor, agencyCode, action, subjectType, subjectId, reason, reasonKey,
                reasonArgs, outcome, prevHash, hash);
    }
}
