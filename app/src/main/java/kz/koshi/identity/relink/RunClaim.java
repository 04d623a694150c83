package kz.koshi.identity.relink;

import kz.koshi.identity.registry.IndexGeneration;
import kz.koshi.identity.registry.RegistryIndex;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a WRITTEN run for reconciling inside the transaction that writes its proposals (the conditional update is
 * the lock: a second request, here or on another node, waits for it and then finds the run RECONCILED: 409). A node
 * that dies mid-run leaves nothing behind: its transaction rolls back and the run is WRITTEN again. Before, in a short
 * transaction of its own, this node's index catches up on other nodes' writes while it holds the resolution turn.
 */
@Component
class RunClaim {

    private final RelinkRuns runs;
    private final IndexGeneration generation;
    private final RegistryIndex index;
    private final TransactionTemplate transaction;

    RunClaim(RelinkRuns runs, IndexGeneration generation, RegistryIndex index, PlatformTransactionManager transactions) {
        this.runs = runs;
        this.generation = generation;
        this.index = index;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** In a transaction of its own: the index as every node has written it. */
    void catchUp() {
        transaction.executeWithoutResult(status -> index.catchUp(generation.lockForTurn()));
    }

    /** In the caller's transaction: WRITTEN -> RECONCILING, else 404 or 409 naming the run's state. */
    void take(long id) {
        if (!runs.take(id)) {
            RelinkRun run = runs.find(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "identity.relink.not-found"));
            throw new DomainProblem(ProblemType.CONFLICT, "identity.relink.not-reconcilable." + run.status().name());
        }
    }
}
