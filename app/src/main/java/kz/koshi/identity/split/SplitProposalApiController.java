package kz.koshi.identity.split;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/identity/split-proposals")
@Tag(name = "Identity", description = "Person records from agency feeds")
class SplitProposalApiController {

    /** A reviewer's decision on a split proposal, with an optional note. */
    record DecisionRequest(@NotNull SplitDecision decision, @Size(max = 400) String note) {
    }

    private final SplitApiQueue queue;

    SplitProposalApiController(SplitApiQueue queue) {
        this.queue = queue;
    }

    @GetMapping
    @Operation(summary = "The re-link's split proposals awaiting a decision in the caller's queue: the migration police's "
            + "and border's systems (identity:write) the officers' ones, crisis centres' systems (protection:supervise) "
            + "those of persons with a crisis centre's record")
    List<SplitProposal> awaiting(@RequestParam(defaultValue = "100") @Min(1) @Max(200) int limit) {
        return queue.awaiting(limit);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Accept (the listed records leave for a new person), reject or defer a split proposal of the "
            + "caller's queue; 409 when already decided or when no record or every record would leave")
    SplitProposal decide(@PathVariable long id, @Valid @RequestBody DecisionRequest request) {
        return queue.decide(id, request.decision(), request.note());
    }
}
