package kz.koshi.identity.split;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What waits in a queue of split proposals, for the case systems of its reviewers' agencies to show. Only people
 * decide an identity (docs/decisions/0008): the decisions are taken on the review pages, never through a system.
 */
@RestController
@RequestMapping("/api/v1/identity/split-proposals")
@Tag(name = "Identity", description = "Person records from agency feeds")
class SplitProposalApiController {

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
}
