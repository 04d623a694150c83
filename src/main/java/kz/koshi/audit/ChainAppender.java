package kz.koshi.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit entries of one transaction, chained and written just before it commits: the head of the chain
 * is locked from then until the commit, so concurrent actions queue only for their commits. If the
 * transaction rolls back, its entries are never written.
 */
final class ChainAppender implements TransactionSynchronization {

    record Pending(Instant occurredAt, String actor, String agencyCode, AuditEvent event) {
    }

    private final AuditEntries entries;
    private final List<Pending> pending = new ArrayList<>();

    private ChainAppender(AuditEntries entries) {
        this.entries = entries;
    }

    /** The appender of the transaction in progress, registered with it on first use. */
    static ChainAppender ofCurrentTransaction(AuditEntries entries) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Audit entries are written in a transaction");
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof ChainAppender appender) {
                return appender;
            }
        }
        ChainAppender appender = new ChainAppender(entries);
        TransactionSynchronizationManager.registerSynchronization(appender);
        return appender;
    }

    void add(Pending entry) {
        pending.add(entry);
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        if (pending.isEmpty()) {
            return;
        }
        AuditEntries.Head head = entries.lockHead();
        long id = head.lastId();
        String previous = head.lastHash();
        List<AuditEntry> sealed = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            AuditEvent e = p.event();
            AuditEntry unsealed = new AuditEntry(++id, p.occurredAt(), p.actor(), p.agencyCode(), e.action(), e.subjectType(),
                    e.subjectId(), e.reason(), e.outcome(), previous, null);
            previous = AuditHash.of(unsealed);
            sealed.add(new AuditEntry(unsealed.id(), p.occurredAt(), p.actor(), p.agencyCode(), e.action(), e.subjectType(),
                    e.subjectId(), e.reason(), e.outcome(), unsealed.prevHash(), previous));
        }
        entries.append(sealed);
        pending.clear();
    }

    @Override
    public void afterCompletion(int status) {
        pending.clear();
    }
}
