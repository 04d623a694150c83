package kz.koshi.border.mrz;

/**
 * The ICAO 9303 Part 3 check digit: characters valued 0-9 (digits), 10-35 (A-Z) and 0 (filler),
 * weighted 7, 3, 1 repeating, summed modulo 10.
 */
public final class CheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigit() {
    }

    public static char of(CharSequence field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += value(field.charAt(i)) * WEIGHTS[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    public static boolean matches(CharSequence field, char digit) {
        return of(field) == digit;
    }

    static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("not an MRZ character at a check-digit field");
    }
}
