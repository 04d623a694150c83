package kz.koshi.border.card;

import kz.koshi.border.mrz.CheckDigit;

/**
 * A migrant card number: the series letter M, a 7-digit serial and an ICAO 9303 check digit (7-3-1) over
 * the first eight characters, nine characters in all, so that it fills the TD1 document-number field
 * exactly. A typed number with one wrong digit is caught before any look-up.
 */
public final class CardNumber {

    static final char SERIES = 'M';
    private static final long MAX_SERIAL = 9_999_999L;

    private CardNumber() {
    }

    public static String of(long serial) {
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("card serial out of range");
        }
        String body = SERIES + String.format("%07d", serial);
        return body + CheckDigit.of(body);
    }

    public static boolean isValid(String number) {
        return number != null && number.matches("M\\d{8}") && CheckDigit.matches(number.substring(0, 8), number.charAt(8));
    }

    /** Upper case, spaces and dashes removed, as an officer may type it. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
