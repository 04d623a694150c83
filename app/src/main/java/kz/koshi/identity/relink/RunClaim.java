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
 * Takes a WRITTEN run for reconciling, committed at once so every node sees it (the conditional update is the lock:
 * a second request, here or on another node, finds it RECONCILING and gets 409), and gives it back after a failure.
 * While it holds the resolution turn's row for that moment, this node's index catches up on other nodes' writes.
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

    void take(long id) {
        transaction.executeWithoutResult(status -> {
            if (!runs.take(id)) {
                RelinkRun run = runs.find(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "identity.relink.not-found"));
                throw new DomainProblem(ProblemType.CONFLICT, "identity.relink.not-reconcilable." + run.status().name());
            }
            index.catchUp(generation.lockForTurn());
        });
    }

    void giveBack(long id) {
        transaction.executeWithoutResult(status -> runs.giveBack(id));
    }
}
