package kz.koshi.protection;

import java.time.LocalDate;

/** The reflection period of a person has ended (ran out, or the case was closed). Ids and dates only. */
@org.springframework.modulith.NamedInterface("events")
public record ReflectionPeriodEnded(String personNumber, LocalDate endedOn) {
}
