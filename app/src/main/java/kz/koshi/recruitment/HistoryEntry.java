package kz.koshi.recruitment;

import java.time.Instant;
import java.time.LocalDate;

/** One act on an agency's applications or licence: what, on which day, by whom, why. */
public record HistoryEntry(String act, LocalDate on, Instant at, String actor, String reason) {
}
