package kz.koshi.reference;

import java.time.LocalDate;

import kz.koshi.shared.LocalizedName;

/** An oblast or a city of republican significance, in force from {@code validFrom} until {@code validTo}. */
public record Region(String code, Kind kind, LocalizedName name, LocalDate validFrom, LocalDate validTo) implements kz.koshi.shared.Named {

    public enum Kind { OBLAST, CITY }

    public boolean inForceOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }
}
