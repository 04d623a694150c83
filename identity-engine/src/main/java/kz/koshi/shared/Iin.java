package kz.koshi.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Individual identification number (ИИН, жеке сәйкестендіру нөмірі) of Kazakhstan: 12 digits.
 * Digits 1-6 are the birth date yymmdd; digit 7 is century and sex (1/2: 1800s, 3/4: 1900s, 5/6: 2000s;
 * odd male, even female); digits 8-11 a registration serial; digit 12 a check digit: the sum of
 * digits 1-11 times weights 1..11, mod 11; if that is 10, weights 3..11,1,2 instead; if that is 10 too,
 * the number is never issued.
 */
public record Iin(String value) {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    public Iin {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid IIN");
        }
    }

    public static Iin of(String value) {
        return new Iin(value);
    }

    /** Twelve digits, a real calendar date, a known century digit and a matching check digit. */
    public static boolean isValid(String value) {
        if (value == null || !value.matches("\\d{12}")) {
            return false;
        }
        int centuryAndSex = value.charAt(6) - '0';
        if (centuryAndSex < 1 || centuryAndSex > 6 || dateOf(value, centuryAndSex).isEmpty()) {
            return false;
        }
        return checkDigit(value.substring(0, 11)).map(d -> d == value.charAt(11) - '0').orElse(false);
    }

    /**
     * The IIN for a birth date, sex and 4-digit serial, or empty when the check digit comes out as 10
     * (that serial is skipped by the registry; take the next one).
     */
    public static Optional<Iin> issue(LocalDate birthDate, Sex sex, int serial) {
        if (serial < 0 || serial > 9999) {
            throw new IllegalArgumentException("serial must have 4 digits");
        }
        int century = birthDate.getYear() / 100;
        if (century < 18 || century > 20) {
            throw new IllegalArgumentException("IIN covers births 1800-2099");
        }
        int digit7 = (century - 18) * 2 + (sex == Sex.MALE ? 1 : 2);
        String body = String.format("%02d%02d%02d%d%04d", birthDate.getYear() % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), digit7, serial);
        return checkDigit(body).map(d -> new Iin(body + d));
    }

    public LocalDate birthDate() {
        return dateOf(value, value.charAt(6) - '0').orElseThrow();
    }

    public Sex sex() {
        return (value.charAt(6) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The check digit of 11 digits (shared with {@link Bin}), empty when both weightings give 10. */
    static Optional<Integer> checkDigitOf(String elevenDigits) {
        return checkDigit(elevenDigits);
    }

    private static Optional<Integer> checkDigit(String elevenDigits) {
        int check = weightedSum(elevenDigits, FIRST_WEIGHTS) % 11;
        if (check == 10) {
            check = weightedSum(elevenDigits, SECOND_WEIGHTS) % 11;
        }
        return check == 10 ? Optional.empty() : Optional.of(check);
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    private static Optional<LocalDate> dateOf(String value, int centuryAndSex) {
        int year = 1800 + (centuryAndSex - 1) / 2 * 100 + Integer.parseInt(value.substring(0, 2));
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(value.substring(2, 4)),
                    Integer.parseInt(value.substring(4, 6))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
