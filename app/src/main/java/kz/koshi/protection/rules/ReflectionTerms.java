package kz.koshi.protection.rules;

import java.time.LocalDate;
import java.util.Objects;

/** The reflection period in force from a date: {@code days} calendar days, never fewer than 30 (rule V5). */
public record ReflectionTerms(LocalDate validFrom, int days) {

    public static final int MINIMUM_DAYS = 30;

    public ReflectionTerms {
        Objects.requireNonNull(validFrom, "validFrom");
        if (days < MINIMUM_DAYS) {
            throw new IllegalArgumentException("a reflection period lasts at least " + MINIMUM_DAYS + " days");
        }
    }
}
