package kz.koshi.border;

import java.time.LocalDate;

import kz.koshi.shared.AgeGroup;
import kz.koshi.shared.Sex;

/**
 * A crossing has completed (entered or left the country). Ids, codes and the date only, never names: the traveller's
 * citizenship (ISO alpha-3), the purpose of travel as declared ({@code WORK}, ... or null), and the country across the
 * border where the checkpoint knows it (a road or rail crossing faces one neighbour; an airport: null). For the
 * commission's statistics (issue 17): the sex as the document gives it (null when "X" or unknown), the age group on
 * the day of the crossing (never the date of birth), the region of the checkpoint, and whether the entry issued the
 * traveller's migrant card (a foreigner's first entry).
 */
public record CrossingRecorded(long crossingId, String personNumber, Direction direction, LocalDate occurredOn,
                               String citizenship, String purpose, String countryCode, Sex sex, AgeGroup ageGroup,
                               String checkpointRegion, boolean cardIssued) {
}
