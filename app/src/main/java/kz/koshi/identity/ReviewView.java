package kz.koshi.identity;

import java.util.List;

import kz.koshi.identity.registry.ReviewItem;
import kz.koshi.identity.registry.StoredRecord;

/**
 * A review item as the reviewer sees it: the new record and the candidate's record side by side, and how
 * each field moved the match weight (bits; positive for agreement).
 */
public record ReviewView(ReviewItem item, StoredRecord incoming, StoredRecord candidate, PersonSummary incomingPerson,
                         PersonSummary candidatePerson, List<FieldWeight> explanation) {

    public record FieldWeight(String field, String level, double weight) {
    }
}
