package kz.koshi.protection;

import java.time.LocalDate;

/** The criminal case in which the person is a victim ended (convicted or discontinued). Ids and dates only. */
@org.springframework.modulith.NamedInterface("events")
public record VictimCriminalCaseClosed(String personNumber, LocalDate closedOn) {
}
