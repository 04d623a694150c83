package kz.koshi.enforcement.raids;

import java.time.Instant;
import java.util.List;

/** A raid with the persons checked and what was found on them; reading it is audited. */
public record RaidFile(RaidSummary raid, String recordedBy, Instant recordedAt, Instant completedAt, List<CheckedPerson> persons,
                       boolean writable) {
}
