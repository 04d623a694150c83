package kz.koshi.identity;

import java.time.Instant;

import kz.koshi.identity.registry.ReviewItem;

/**
 * A pair waiting in the protection-side review queue, as a crisis centre's case system sees it: the
 * centre's own record (source and the id the centre gave it), the match probability, the state. No names,
 * no other agency's record.
 */
public record PendingProtectedPair(long reviewId, String source, String recordId, double probability,
                                   ReviewItem.Status status, Instant queuedAt) {
}
