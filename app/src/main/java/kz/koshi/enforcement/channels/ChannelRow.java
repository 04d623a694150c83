package kz.koshi.enforcement.channels;

import java.time.LocalDate;
import java.util.List;

/** A channel in the register's list: no names, only its reference, who recorded it, where, when, its route and counts. */
public record ChannelRow(long id, String reference, String agencyCode, String regionCode, LocalDate stoppedOn,
                         int personsMoved, int personsIdentified, List<String> routeCountries) {
}
