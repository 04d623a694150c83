package kz.koshi.border;

import java.time.LocalDate;

/** A traveller who gave a kandas survey reference at the booth has entered: ids and the date only. */
public record KandasReferenceGiven(long crossingId, String personNumber, String surveyReference, LocalDate arrivedOn) {
}
