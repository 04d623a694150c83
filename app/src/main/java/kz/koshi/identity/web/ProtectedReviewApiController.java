package kz.koshi.identity.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.koshi.identity.PendingProtectedPair;
import kz.koshi.identity.ProtectedReviewQueue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/identity/protected-reviews")
@Tag(name = "Identity", description = "Person records from agency feeds")
class ProtectedReviewApiController {

    private final ProtectedReviewQueue queue;

    ProtectedReviewApiController(ProtectedReviewQueue queue) {
        this.queue = queue;
    }

    @GetMapping
    @Operation(summary = "Crisis-centre systems (protection:read): the centres' records whose possible match "
            + "with another agency's record awaits a crisis-centre supervisor's decision; ids and scores only")
    List<PendingProtectedPair> pending(@RequestParam(defaultValue = "100") @Min(1) @Max(1_000) int limit) {
        return queue.pendingForCentreSystem(limit);
    }
}
