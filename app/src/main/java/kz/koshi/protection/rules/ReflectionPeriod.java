package kz.koshi.protection.rules;

import java.time.LocalDate;

/** A presumed foreign victim's recovery and reflection period: no expulsion measures until {@code endsOn}. */
public record ReflectionPeriod(LocalDate startsOn, LocalDate endsOn) {

    public boolean expiredOn(LocalDate today) {
        return today.isAfter(endsOn);
    }
}
