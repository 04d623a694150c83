package kz.koshi.shared;

import java.time.LocalDate;

/**
 * What a date means, and so which dates are sane for it (issue #11, section 5). No date outside
 * {@link #EARLIEST}..{@link #LATEST} is read at all (JSON, forms, parameters); within that, each meaning has
 * its own window around the platform day. Documented in docs/architecture.md ("Dates and text").
 */
public enum DateMeaning {
    /** A birth date: from 1900 to today. */
    BIRTH(0, 0),
    /** Something that has happened (a decision, a delivery, an outcome): up to 30 years back, up to today. */
    EVENT(30, 0),
    /** The start, end or deadline of a period (validity, a ban, leave by): 30 years back to 20 years ahead. */
    PERIOD(30, 20);

    /** No date before this is read anywhere on the platform. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** No date after this is read anywhere on the platform. */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final int yearsBack;
    private final int yearsAhead;

    DateMeaning(int yearsBack, int yearsAhead) {
        this.yearsBack = yearsBack;
        this.yearsAhead = yearsAhead;
    }

    /** True when {@code date} is sane for this meaning on the platform day {@code today}. */
    public boolean allows(LocalDate date, LocalDate today) {
        LocalDate from = this == BIRTH ? EARLIEST : today.minusYears(yearsBack);
        // A day's tolerance ahead: the caller's day may already be tomorrow in the platform's zone.
        LocalDate until = today.plusYears(yearsAhead).plusDays(1);
        return !date.isBefore(from) && !date.isAfter(until);
    }

    /** True when the platform reads {@code date} at all. */
    public static boolean isReadable(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** The message key of a date outside this meaning's window. */
    public String messageKey() {
        return "koshi.validation.date." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
