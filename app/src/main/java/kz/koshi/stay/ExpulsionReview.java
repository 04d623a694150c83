package kz.koshi.stay;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A person put before the migration police for an expulsion decision (W2.4, {@code ExpulsionReviewRule}): how many
 * offences counted, the first and latest day one began, and the decision with its reason once taken.
 * {@code removalSuspended} is there for those who may know of a suspension ({@link RemovalSuspension}) only.
 */
public record ExpulsionReview(long id, String personNumber, int offences, LocalDate firstSince, LocalDate latestSince,
                              ReviewState state, Instant openedAt, String decidedBy, Instant decidedAt, String reason,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Boolean removalSuspended) {

    ExpulsionReview withRemovalSuspended(Boolean suspended) {
        return new ExpulsionReview(id, personNumber, offences, firstSince, latestSince, state, openedAt, decidedBy, decidedAt,
                reason, suspended);
    }
}
