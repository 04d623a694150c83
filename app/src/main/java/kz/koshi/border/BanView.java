package kz.koshi.border;

import java.time.LocalDate;

/**
 * An entry ban or watch-list entry on a person: kind, reason code, basis and the days it covers. A lifted
 * one keeps its record: {@code liftedOn} is the first day it no longer applies ({@code validUntil} is the day
 * before; {@code untilBeforeLifting} keeps the end it had), with who lifted it and on what basis.
 */
public record BanView(long id, String personNumber, String kind, String reason, String basis, LocalDate validFrom,
                      LocalDate validUntil, LocalDate liftedOn, String liftedBy, String liftBasis, LocalDate untilBeforeLifting) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public boolean lifted() {
        return liftedOn != null;
    }

    /** Still to be applied on or after the day: neither lifted nor run out. */
    public boolean inForceOrAhead(LocalDate day) {
        return !lifted() && (validUntil == null || !validUntil.isBefore(day));
    }

    /** The same ban again: same person, kind and reason, not lifted, over days that overlap {@code from}..{@code until}. */
    public boolean repeatedBy(String person, String kind, String reason, LocalDate from, LocalDate until) {
        return !lifted() && personNumber.equals(person) && this.kind.equals(kind) && this.reason.equals(reason)
                && (until == null || !validFrom.isAfter(until)) && (validUntil == null || !validUntil.isBefore(from));
    }
}
