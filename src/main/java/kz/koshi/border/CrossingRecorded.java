package kz.koshi.border;

import java.time.LocalDate;

/**
 * A crossing has completed (entered or left the country). Ids, codes and the date only, never names: the traveller's
 * citizenship (ISO alpha-3), the purpose of travel as declared ({@code WORK}, ... or null), and the country across the
 * border where the checkpoint knows it (a road or rail crossing faces one neighbour; an airport: null).
 */
public record CrossingRecorded(long crossingId, String personNumber, Direction direction, LocalDate occurredOn,
                               String citizenship, String purpose, String countryCode) {
}
