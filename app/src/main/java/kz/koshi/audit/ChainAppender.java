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

        AuditEntry unsealed(long id, String prevHash) {
            AuditEvent e = event;
            AuditReason why = e.reason();
            return new AuditEntry(id, occurredAt, actor, agencyCode, e.action(), e.subjectType(), e.subjectId(),
                    why == null ? null : why.officersWords(), why == null ? null : why.messageKey(),
                    why == null ? null : ReasonArgs.encode(why.args()), e.outcome(), prevHash, null);
        }
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
            AuditEntry unsealed = p.unsealed(++id, previous);
            previous = AuditHash.of(unsealed);
            sealed.add(unsealed.sealed(unsealed.prevHash(), previous));
        }
        entries.append(sealed);
        pending.clear();
    }

    @Override
    public void afterCompletion(int status) {
        pending.clear();
    }
}
