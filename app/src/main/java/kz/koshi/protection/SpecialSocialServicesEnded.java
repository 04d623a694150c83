package kz.koshi.protection;

import java.time.LocalDate;

/** A person's special social services ended before their period ran out (the case was closed). Ids and dates only. */
@org.springframework.modulith.NamedInterface("events")
public record SpecialSocialServicesEnded(String personNumber, LocalDate endedOn) {
}
