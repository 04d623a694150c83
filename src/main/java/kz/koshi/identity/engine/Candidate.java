package kz.koshi.identity.engine;

import java.util.List;

/**
 * A registered person a record may belong to, with the evidence: the best-matching record of that
 * person, the total match weight in bits (prior included) and each field's contribution.
 */
public record Candidate(String personId, String recordId, double weight, double probability,
                        List<FieldContribution> contributions) {

    public Candidate {
        contributions = List.copyOf(contributions);
    }
}
