package kz.koshi.identity.engine;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A birth date known to year, year-month or full precision (0 = unknown part). Agencies often record
 * only the year (crisis centres, verbal statements), so precision is part of the value, not an error.
 */
public record PartialDate(int year, int month, int day) {

    public static final PartialDate UNKNOWN = new PartialDate(0, 0, 0);

    public PartialDate {
        if (year == 0 && (month != 0 || day != 0) || month == 0 && day != 0) {
            throw new DateTimeException("precision must narrow from year to day");
        }
        if (year != 0 && (year < 1000 || year > 9999) || month < 0 || month > 12) {
            throw new DateTimeException("out of range");
        }
        if (day != 0) {
            LocalDate.of(year, month, day); // rejects 31 April, 29 February of common years
        }
    }

    /**
     * Parses {@code yyyy-mm-dd}, {@code yyyy-mm} or {@code yyyy}; blank gives {@link #UNKNOWN}.
     *
     * @throws DateTimeException when the text is not blank and not a valid date of those shapes, so the
     *                           caller can count it before treating it as missing
     */
    public static PartialDate parse(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        String[] parts = text.strip().split("-", -1);
        if (parts.length > 3 || parts[0].length() != 4) {
            throw new DateTimeException("not yyyy[-mm[-dd]]");
        }
        int[] values = new int[3];
        for (int i = 0; i < parts.length; i++) {
            if (i > 0 && parts[i].length() != 2 || !parts[i].chars().allMatch(Character::isDigit)) {
                throw new DateTimeException("not yyyy[-mm[-dd]]");
            }
            values[i] = Integer.parseInt(parts[i]);
        }
        if (parts.length > 1 && values[1] == 0 || parts.length > 2 && values[2] == 0) {
            throw new DateTimeException("zero month or day");
        }
        return new PartialDate(values[0], values[1], values[2]);
    }

    /**
     * The valid leading part of a date that {@link #parse} rejects: {@code 1964-11-71} gives 1964-11,
     * {@code 1967-13-10} and {@code 1949-00-13} give 1967 and 1949. A typist's slip in the day says nothing
     * about the year and month before it, and a date known to the month still tells namesakes apart.
     * Text that is not shaped {@code yyyy[-mm[-dd]]} at all, or a year out of range, gives {@link #UNKNOWN}.
     */
    public static PartialDate validLeadingPart(String text) {
        try {
            return parse(text);
        } catch (DateTimeException e) {
            String[] parts = text.strip().split("-", -1);
            if (parts.length > 3 || parts[0].length() != 4
                    || !java.util.Arrays.stream(parts).allMatch(p -> !p.isEmpty() && p.chars().allMatch(Character::isDigit))) {
                return UNKNOWN;
            }
            for (int keep = parts.length - 1; keep >= 1; keep--) {
                try {
                    return parse(String.join("-", java.util.Arrays.copyOf(parts, keep)));
                } catch (DateTimeException shorter) {
                    // try with one part fewer
                }
            }
            return UNKNOWN;
        }
    }

    /** Parses or returns {@link #UNKNOWN}; for callers that do not report malformed input. */
    public static PartialDate parseOrUnknown(String text) {
        try {
            return parse(text);
        } catch (DateTimeException e) {
            return UNKNOWN;
        }
    }

    public boolean isKnown() {
        return year != 0;
    }

    public boolean isFull() {
        return day != 0;
    }

    /** yyyymmdd with zeros for unknown parts: compact storage and cheap comparison. */
    public int packed() {
        return year * 10000 + month * 100 + day;
    }

    public static PartialDate unpack(int packed) {
        return packed == 0 ? UNKNOWN : new PartialDate(packed / 10000, packed / 100 % 100, packed % 100);
    }

    @Override
    public String toString() {
        if (!isKnown()) {
            return "";
        }
        return month == 0 ? "%04d".formatted(year)
                : day == 0 ? "%04d-%02d".formatted(year, month) : "%04d-%02d-%02d".formatted(year, month, day);
    }
}
