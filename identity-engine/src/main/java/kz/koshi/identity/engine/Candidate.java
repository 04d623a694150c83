package kz.koshi.identity.engine;

import java.util.List;

/**
 * A registered person a record may belong to, with the evidence: the best-matching record of that
 * person, the total match weight in bits (prior included) and each field's contribution.
 * {@code cannotLink}: why the record may not join this person automatically (another of the person's records
 * is another person by a hard constraint, or the person is reached only through a weak record); null if none.
 */
public record Candidate(String personId, String recordId, double weight, double probability,
                        List<FieldContribution> contributions, CannotLink cannotLink) {

    public Candidate {
        contributions = List.copyOf(contributions);
    }

    /** Birth-date levels that say "another person" rather than "a typo": one whole component, month/day or year off. */
    private static final java.util.Set<String> CONFLICTING_DATES = java.util.Set.of("one_component", "same_year",
            "different", "year_near");

    public Candidate(String personId, String recordId, double weight, double probability,
                     List<FieldContribution> contributions) {
        this(personId, recordId, weight, probability, contributions, null);
    }

    /**
     * Whether the birth dates disagree by more than a typo or a day/month swap (namesakes born the same year are
     * the classic false match): such a candidate is never linked automatically, however high its weight.
     */
    public boolean birthDatesConflict() {
        return contributions.stream()
                .anyMatch(c -> c.field() == Field.BIRTH_DATE && CONFLICTING_DATES.contains(c.level()));
    }
}
