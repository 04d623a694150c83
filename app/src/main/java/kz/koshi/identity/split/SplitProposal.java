package kz.koshi.identity.split;

import java.time.Instant;

/**
 * A split proposal of a re-link run: some records of {@code personNumber} look like another person.
 * {@code protectedPair}: the person holds a crisis centre's record, so the protection-side queue decides it.
 */
public record SplitProposal(long id, long runId, String personNumber, boolean protectedPair, SplitStatus status,
                            String newPerson, String decidedBy, Instant decidedAt, String note, Instant createdAt) {
}
