package kz.koshi.stay;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import kz.koshi.shared.KoshiPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/stay/expulsion-reviews")
@Tag(name = "Stay", description = "Registrations, permits, expulsions, status, violations, timeline")
class ExpulsionReviewApiController {

    private final ExpulsionReviews reviews;

    ExpulsionReviewApiController(ExpulsionReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    @Operation(summary = "The expulsion reviews waiting for a decision (two or more administrative offences punished with a "
            + "protocol within a year, W2.4), oldest first; scope expulsions:write (migration police only); audited")
    List<ExpulsionReview> pending(@RequestParam(defaultValue = "100") @Min(1) @Max(1_000) int limit) {
        return reviews.pending(limit);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Decide a review: EXPEL (initiate expulsion in court) or NO_EXPULSION, with a reason; 409 "
            + "urn:koshi:problem:removal-suspended for EXPEL while removal is suspended, 409 conflict when decided already")
    Map<String, Object> decide(@PathVariable long id, @Valid @RequestBody StayCommands.ReviewDecision decision,
                               @AuthenticationPrincipal KoshiPrincipal who) {
        reviews.decide(id, decision, who.actorName());
        return Map.of("reviewId", id, "state", decision.decision());
    }
}
