package kz.koshi.identity;

import java.util.regex.Pattern;

/**
 * The stable Koshi person number: {@code KP}, eight digits and a Luhn check digit ({@code KP000001231}),
 * so that a mistyped number is caught before it reaches the database.
 */
public record PersonNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("KP\\d{9}");

    public PersonNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a person number");
        }
    }

    public static PersonNumber fromSequence(long sequence) {
        if (sequence < 1 || sequence > 99_999_999L) {
            throw new IllegalArgumentException("sequence out of range");
        }
        String digits = String.format("%08d", sequence);
        return new PersonNumber("KP" + digits + luhn(digits));
    }

    /** The sequence value the number was made from: the person's row id. */
    public long sequence() {
        return Long.parseLong(value.substring(2, 10));
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches()
                && luhn(value.substring(2, 10)) == value.charAt(10) - '0';
    }

    static int luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
