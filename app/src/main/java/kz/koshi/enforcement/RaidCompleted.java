package kz.koshi.enforcement;

import java.time.LocalDate;

/**
 * A raid or inspection was completed: where (region), when (first and last day), how many persons were checked and how
 * many violations were found and handed to stay. The violations themselves are counted from stay's records.
 */
@org.springframework.modulith.NamedInterface("events")
public record RaidCompleted(long raidId, String regionCode, LocalDate startedOn, LocalDate endedOn, int personsChecked,
                            int violationsFound) {
}
