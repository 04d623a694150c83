package kz.koshi.identity;

import java.util.concurrent.locks.ReentrantLock;

import kz.koshi.identity.registry.IndexGeneration;
import kz.koshi.identity.registry.RegistryIndex;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registry's one-at-a-time turn for resolving records, taken inside the resolving transaction (on the
 * connection it already holds) and held until that transaction completes, so a record never sees another's
 * uncommitted person and no caller ever waits for a second pooled connection while holding a turn.
 * <p>
 * Two parts: a fair lock of this node, so that the node's waiting requests queue in memory in arrival
 * order, then the row {@code identity_resolution_turn} locked for update, the turn across nodes. Holding both, the
 * node's index catches up on what other nodes wrote since its last turn, and the turn's number goes up (the records
 * written in it carry that number). Both are released when the transaction completes; after a rollback the
 * in-memory index, which learned the transaction's records early, is dropped first, before anyone else resolves
 * against it.
 */
@Component
class ResolutionTurn {

    private final ReentrantLock node = new ReentrantLock(true);
    private final IndexGeneration generation;
    private final RegistryIndex index;

    ResolutionTurn(IndexGeneration generation, RegistryIndex index) {
        this.generation = generation;
        this.index = index;
    }

    /** Takes the turn for the current transaction (once; a second call in it is a no-op). */
    void take() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The resolution turn is taken inside a transaction");
        }
        if (TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(s -> s instanceof Release)) {
            return;
        }
        node.lock();
        Release release = new Release();
        TransactionSynchronizationManager.registerSynchronization(release);
        release.before = generation.lockForTurn();
        index.catchUp(release.before);
        generation.advance();
    }

    /** Whether this thread holds the turn now (for tests and assertions). */
    boolean isHeldByCurrentThread() {
        return node.isHeldByCurrentThread();
    }

    private final class Release implements TransactionSynchronization {
        private IndexGeneration.Seen before;

        @Override
        public void afterCompletion(int status) {
            try {
                if (status != STATUS_COMMITTED || before == null) {
                    index.invalidate();
                } else {
                    index.turnCommitted(before);
                }
            } finally {
                node.unlock();
            }
        }
    }
}
