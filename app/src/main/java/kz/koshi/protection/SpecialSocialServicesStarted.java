package kz.koshi.protection;

import java.time.LocalDate;

/**
 * A person's special social services have begun, or their period was extended (same first day, later end): removal
 * stays suspended until they end (issue 12). Ids and dates only.
 */
@org.springframework.modulith.NamedInterface("events")
public record SpecialSocialServicesStarted(String personNumber, LocalDate startsOn, LocalDate endsOn) {
}
