package kz.koshi.identity.relink;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The national re-link's runs for the administrators' systems (scope identity:relink, at the door and in the service). */
@RestController
@RequestMapping("/api/v1/identity/relink-runs")
@Tag(name = "Identity", description = "Person records from agency feeds")
class RelinkApiController {

    private final RelinkReconciliation reconciliation;

    RelinkApiController(RelinkReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GetMapping
    @Operation(summary = "The latest national re-link runs with their state and, once reconciled, their counts")
    List<RelinkRun> runs() {
        return reconciliation.runs();
    }

    @PostMapping("/{id}/reconcile")
    @Operation(summary = "Reconciles a WRITTEN run into merge and split proposals for reviewers; 409 in any other state")
    RelinkRun reconcile(@PathVariable long id) {
        return reconciliation.reconcile(id);
    }
}
