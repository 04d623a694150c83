package kz.koshi.identity.registry;

import java.time.Instant;

/**
 * A pair in the review queue: a source record and a candidate person with the engine's explanation.
 * {@code protectedPair}: one of the two records comes from a protected source (a crisis centre), so the
 * pair belongs to the protection-side queue, never to the migration police's and border's.
 * {@code cannotLink}: why the pair was not linked automatically although it might have been (the code of
 * {@link kz.koshi.identity.engine.CannotLink}), or null.
 */
public record ReviewItem(long id, long sourceRecordId, String candidatePerson, long candidateRecordId, double probability,
                         double weight, String explanation, Status status, String decidedBy, Instant decidedAt,
                         String note, Instant createdAt, boolean protectedPair, String cannotLink) {

    public enum Status {
        OPEN, DEFERRED, ACCEPTED, REJECTED, REVERTED;

        public boolean awaitsDecision() {
            return this == OPEN || this == DEFERRED;
        }
    }
}
