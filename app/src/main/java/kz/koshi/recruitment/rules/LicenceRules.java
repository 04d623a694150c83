package kz.koshi.recruitment.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The licence's life: which act may follow which state, and what a licence is on a day. Expiry needs no act:
 * a licence past its last valid day is {@link LicenceStatus#EXPIRED} whenever it is read (the daily sweep
 * only writes that down for the history). Plain Java, no Spring.
 */
public final class LicenceRules {

    private LicenceRules() {
    }

    /** The status on {@code day} of a licence recorded as {@code recorded} and valid through {@code validTo}. */
    public static LicenceStatus on(LicenceStatus recorded, LocalDate validTo, LocalDate day) {
        boolean running = recorded == LicenceStatus.ACTIVE || recorded == LicenceStatus.SUSPENDED;
        return running && day.isAfter(validTo) ? LicenceStatus.EXPIRED : recorded;
    }

    /** The status after an officer's act, or empty when the act does not apply to a licence in {@code current}. */
    public static Optional<LicenceStatus> after(LicenceStatus current, LicenceAct act) {
        LicenceStatus next = switch (act) {
            case SUSPENDED -> current == LicenceStatus.ACTIVE ? LicenceStatus.SUSPENDED : null;
            case REINSTATED -> current == LicenceStatus.SUSPENDED ? LicenceStatus.ACTIVE : null;
            case REVOKED -> current == LicenceStatus.ACTIVE || current == LicenceStatus.SUSPENDED ? LicenceStatus.REVOKED : null;
            case RENEWED -> current == LicenceStatus.ACTIVE || current == LicenceStatus.EXPIRED ? LicenceStatus.ACTIVE : null;
            case GRANTED, EXPIRED -> null;
        };
        return Optional.ofNullable(next);
    }

    /**
     * The last valid day of a licence granted or renewed on {@code from} for {@code years} years: the day before
     * the anniversary (a licence from 6 Dec 2026 for 3 years is valid through 5 Dec 2029).
     */
    public static LocalDate validTo(LocalDate from, int years) {
        return from.plusYears(years).minusDays(1);
    }

    /** A renewal runs on from the current validity when the licence is still valid, else from the renewal day. */
    public static LocalDate renewedFrom(LocalDate validTo, LocalDate day) {
        return day.isAfter(validTo) ? day : validTo.plusDays(1);
    }
}
