package kz.koshi.shared;

/**
 * Business identification number (БИН, бизнес-сәйкестендіру нөмірі) of a Kazakh legal entity: 12 digits, the
 * last a check digit computed as for the {@link Iin}: digits 1-11 times weights 1..11, mod 11; if that is 10,
 * weights 3..11,1,2; if that is 10 too, the number is never issued. Digits 1-4 are the registration year and
 * month, digit 5 the kind of entity (4 resident legal entity, 5 non-resident, 6 branch) - not checked here,
 * as older numbers do not all follow it.
 */
public record Bin(String value) {

    public Bin {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid BIN");
        }
    }

    public static Bin of(String value) {
        return new Bin(value);
    }

    /** Twelve digits and a matching check digit. */
    public static boolean isValid(String value) {
        if (value == null || !value.matches("\\d{12}")) {
            return false;
        }
        return Iin.checkDigitOf(value.substring(0, 11)).map(d -> d == value.charAt(11) - '0').orElse(false);
    }

    /** The BIN for 11 leading digits, or null when its check digit comes out as 10 (never issued). */
    public static Bin complete(String elevenDigits) {
        return Iin.checkDigitOf(elevenDigits).map(d -> new Bin(elevenDigits + d)).orElse(null);
    }

    @Override
    public String toString() {
        return value;
    }
}
