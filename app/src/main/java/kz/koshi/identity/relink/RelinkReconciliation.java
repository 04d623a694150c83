package kz.koshi.identity.relink;

import java.util.List;

import kz.koshi.shared.CurrentActor;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national re-link's runs for the system administrator (the page) and the administrators' systems (scope
 * identity:relink): listing them and reconciling a WRITTEN one into review proposals ({@code package-info}). The
 * run's taking, its proposals and its RECONCILED row commit together; if anything fails (or the node dies), none is
 * kept and the run is WRITTEN again.
 */
@Service
public class RelinkReconciliation {

    static final String RECONCILERS = "hasRole('ADMIN') or hasAuthority('SCOPE_identity:relink')";

    private final RelinkRuns runs;
    private final RunClaim claim;
    private final RelinkProposals proposals;
    private final TransactionTemplate transaction;

    RelinkReconciliation(RelinkRuns runs, RunClaim claim, RelinkProposals proposals, PlatformTransactionManager transactions) {
        this.runs = runs;
        this.claim = claim;
        this.proposals = proposals;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @PreAuthorize(RECONCILERS)
    public List<RelinkRun> runs() {
        return runs.latest(100);
    }

    @PreAuthorize(RECONCILERS)
    public RelinkRun reconcile(long id) {
        claim.catchUp();
        transaction.executeWithoutResult(status -> {
            claim.take(id);
            proposals.write(id, CurrentActor.name());
        });
        return runs.find(id).orElseThrow(() -> new DomainProblem(ProblemType.NOT_FOUND, "identity.relink.not-found"));
    }
}
