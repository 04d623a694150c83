package kz.koshi.border;

import java.time.LocalDate;

/** A crossing has completed (entered or left the country). Ids and the date only. */
public record CrossingRecorded(long crossingId, String personNumber, Direction direction, LocalDate occurredOn) {
}
