package kz.koshi.protection;

import java.time.LocalDate;

/**
 * A presumed foreign victim's recovery and reflection period has begun (rule V5: at least 30 days, no
 * expulsion measures). Carries ids and dates only: whoever listens learns that removal is blocked, never why.
 */
@org.springframework.modulith.NamedInterface("events")
public record ReflectionPeriodStarted(String personNumber, LocalDate startsOn, LocalDate endsOn) {
}
