package kz.koshi.protection;

import java.time.LocalDate;

/**
 * A criminal case in which the person is a victim is running (its first open stage was recorded): removal is
 * suspended while it runs (issue 12). Ids and dates only.
 */
@org.springframework.modulith.NamedInterface("events")
public record VictimCriminalCaseOpened(String personNumber, LocalDate openedOn) {
}
