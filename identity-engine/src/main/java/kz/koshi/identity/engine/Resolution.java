package kz.koshi.identity.engine;

import java.util.List;
import java.util.Optional;

/**
 * The answer for one incoming record: LINK to the top candidate, REVIEW (a human decides among the
 * candidates), or NEW person. Candidates are ranked by match weight, one per person.
 */
public record Resolution(Decision decision, List<Candidate> candidates) {

    public Resolution {
        candidates = List.copyOf(candidates);
    }

    /** The person to link to when the decision is LINK. */
    public Optional<String> linkedPerson() {
        return decision == Decision.LINK ? Optional.of(candidates.get(0).personId()) : Optional.empty();
    }
}
