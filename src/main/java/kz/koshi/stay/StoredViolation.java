package kz.koshi.stay;

import java.time.Instant;
import java.time.LocalDate;

/** A violation on record, with its sanction and whether an officer has handled it. */
public record StoredViolation(long id, String personNumber, String kind, LocalDate since, long days, String sanction,
                              String state, Instant detectedAt, String detectedBy) {
}
