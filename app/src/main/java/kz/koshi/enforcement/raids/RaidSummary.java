package kz.koshi.enforcement.raids;

import java.time.LocalDate;

/** A raid as the list shows it: where, when, by whom, its state, and how many persons were checked and violations found. */
public record RaidSummary(long id, String name, RaidKind kind, String regionCode, String place, LocalDate firstDay,
                          LocalDate lastDay, String agencyCode, RaidState state, int personsChecked, int violationsFound) {
}
