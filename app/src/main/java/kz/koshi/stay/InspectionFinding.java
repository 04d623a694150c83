package kz.koshi.stay;

import java.time.LocalDate;

/**
 * A violation found on a person in a raid or inspection, as enforcement hands it over: the person's registry number,
 * what was found, the day, the raid's id, the region of the raid and the agency that found it (its code).
 */
public record InspectionFinding(String personNumber, FoundViolation kind, LocalDate foundOn, long raidId, String regionCode,
                                String foundBy) {
}
