package kz.koshi.enforcement.raids;

import java.time.LocalDate;
import java.util.List;

/** A person checked in the raid, as the raid's page shows them: number, name from the registry, day, findings. */
public record CheckedPerson(String personNumber, String name, String citizenship, LocalDate checkedOn, List<RaidFinding> findings) {
}
