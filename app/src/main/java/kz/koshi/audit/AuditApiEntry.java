package kz.koshi.audit;

import java.time.Instant;
import java.util.List;

/**
 * An audit entry as the API gives it: the reason rendered in the caller's language ({@code reason}), its key and
 * typed arguments for systems that render it themselves, and the officer's words apart. An entry written before
 * structured reasons has no key and its recorded text as {@code reason}.
 */
record AuditApiEntry(long id, Instant occurredAt, String actor, String agencyCode, String action, String subjectType,
                     String subjectId, String reason, String reasonKey, List<ReasonArg> reasonArgs, String officersWords,
                     AuditOutcome outcome, String prevHash, String hash) {

    record Page(List<AuditApiEntry> entries, long total, int page, int size) {
    }

    static AuditApiEntry of(AuditEntry e, AuditReasons reasons) {
        return new AuditApiEntry(e.id(), e.occurredAt(), e.actor(), e.agencyCode(), e.action(), e.subjectType(),
                e.subjectId(), reasons.text(e), e.reasonKey(), ReasonArgs.decode(e.reasonArgs()), reasons.officersWords(e),
                e.outcome(), e.prevHash(), e.hash());
    }

    static Page of(AuditLog.Page page, AuditReasons reasons) {
        return new Page(page.entries().stream().map(e -> of(e, reasons)).toList(), page.total(), page.page(), page.size());
    }
}
