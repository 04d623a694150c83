package kz.koshi.audit;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and verifying the audit trail: for administrators, prosecutors and systems with {@code audit:read}. */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'PROSECUTOR') or hasAuthority('SCOPE_audit:read')")
public class AuditLog {

    public record Page(List<AuditEntry> entries, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        /** The page of a search that was not run. */
        static Page empty(int size) {
            return new Page(List.of(), 0, 0, size);
        }
    }

    private final AuditEntries entries;
    private final AuditTrail trail;

    AuditLog(AuditEntries entries, AuditTrail trail) {
        this.entries = entries;
        this.trail = trail;
    }

    /** A page of entries, newest first. Reading the trail is itself recorded in it. */
    @Transactional
    public Page search(AuditFilter filter, int page, int size) {
        int safeSize = Math.clamp(size, 1, 200);
        int safePage = Math.clamp(page, 0, 1_000_000); // page * size stays an int
        trail.record(AuditEvent.success("AUDIT_TRAIL_READ", "audit", null));
        return new Page(entries.find(filter, safeSize, safePage * safeSize), entries.count(filter), safePage, safeSize);
    }

    /**
     * Recomputes every hash from the start and reports the first entry that does not match. One snapshot for the
     * entries and the head (repeatable read), so entries that nodes append meanwhile are not taken for missing ones.
     */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        AtomicLong checked = new AtomicLong();
        AtomicReference<String> previous = new AtomicReference<>(AuditHash.GENESIS);
        AtomicReference<ChainVerification> broken = new AtomicReference<>();
        entries.forEachInOrder(entry -> {
            if (broken.get() != null) {
                return;
            }
            if (entry.id() != checked.get() + 1) {
                broken.set(ChainVerification.broken(checked.get(), checked.get() + 1, "missing entry"));
            } else if (!entry.prevHash().equals(previous.get())) {
                broken.set(ChainVerification.broken(checked.get(), entry.id(), "link to the previous entry does not match"));
            } else if (!AuditHash.of(entry).equals(entry.hash())) {
                broken.set(ChainVerification.broken(checked.get(), entry.id(), "entry content does not match its hash"));
            } else {
                checked.incrementAndGet();
                previous.set(entry.hash());
            }
        });
        if (broken.get() != null) {
            return broken.get();
        }
        AuditEntries.Head head = entries.head();
        if (head.lastId() != checked.get() || !head.lastHash().equals(previous.get())) {
            return ChainVerification.broken(checked.get(), checked.get() + 1, "entries missing at the end of the chain");
        }
        return ChainVerification.ok(checked.get());
    }
}
