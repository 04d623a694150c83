package kz.koshi.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * An illegal-migration channel was recorded as stopped: the day, the region where it was stopped, the countries of its
 * route (ISO alpha-3, in order), the number of persons moved and of organisers. No names.
 */
@org.springframework.modulith.NamedInterface("events")
public record ChannelStopped(long channelId, LocalDate stoppedOn, String regionCode, List<String> routeCountries,
                             int personsMoved, int organisers) {
}
