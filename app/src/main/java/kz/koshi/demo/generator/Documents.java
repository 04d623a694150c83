package kz.koshi.demo.generator;

import java.util.List;

/**
 * Document numbers in each issuing country's style, and Kazakh mobile numbers. The formats follow the
 * documents' visible patterns (series letters, digit counts); the numbers themselves are random.
 */
final class Documents {

    private static final List<String> UZBEK_SERIES = List.of("AA", "AB", "AC", "FA");
    private static final List<String> KYRGYZ_SERIES = List.of("AC", "AN", "ID");
    private static final List<String> UKRAINIAN_SERIES = List.of("FA", "FB", "FC", "FE", "FF");
    /** Kazakh mobile prefixes (Beeline, Kcell/Activ, Tele2, Altel). */
    private static final List<String> MOBILE_CODES =
            List.of("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778");

    private Documents() {
    }

    /** A passport number as printed; Russian ones are kept without the space (75 1234567 -> 751234567). */
    static String passport(String citizenship, Dice dice) {
        return switch (citizenship) {
            case "KAZ" -> "N" + dice.digits(8);
            case "RUS" -> "7" + dice.between(0, 6) + dice.digits(7);
            case "UZB" -> dice.pick(UZBEK_SERIES) + dice.digits(7);
            case "KGZ" -> dice.pick(KYRGYZ_SERIES) + dice.digits(7);
            case "TJK" -> "4" + dice.digits(8);
            case "CHN" -> dice.chance(0.5) ? "E" + dice.digits(8) : "EA" + dice.digits(7);
            case "TUR" -> "U" + dice.digits(8);
            case "AFG" -> "P0" + dice.digits(7);
            case "AZE" -> "C" + dice.digits(8);
            case "UKR" -> dice.pick(UKRAINIAN_SERIES) + dice.digits(6);
            case "BLR" -> "MP" + dice.digits(7);
            case "MNG" -> "E" + dice.digits(7);
            default -> (char) ('A' + dice.below(26)) + dice.digits(8);
        };
    }

    /** Kazakhstan's ID card (удостоверение личности): nine digits. */
    static String kazakhIdCard(Dice dice) {
        return "0" + dice.digits(8);
    }

    /** Canonical E.164 form, +77011234567; feeds reformat it. */
    static String mobilePhone(Dice dice) {
        return "+7" + dice.pick(MOBILE_CODES) + dice.digits(7);
    }

    /** The ways clerks write the same number: +77011234567, 8 701 123 45 67, +7 (701) 123-45-67, 87011234567. */
    static String phoneAsWritten(String canonical, Dice dice) {
        String code = canonical.substring(2, 5);
        String rest = canonical.substring(5);
        return switch (dice.below(4)) {
            case 0 -> canonical;
            case 1 -> "8 " + code + " " + rest.substring(0, 3) + " " + rest.substring(3, 5) + " " + rest.substring(5);
            case 2 -> "+7 (" + code + ") " + rest.substring(0, 3) + "-" + rest.substring(3, 5) + "-" + rest.substring(5);
            default -> "8" + code + rest;
        };
    }

    /** Russian passports are often typed with the series apart: 75 1234567. */
    static String passportAsWritten(String number, String citizenship, Dice dice) {
        if (citizenship.equals("RUS") && dice.chance(0.5)) {
            return number.substring(0, 2) + " " + number.substring(2);
        }
        return dice.chance(0.05) ? number.toLowerCase(java.util.Locale.ROOT) : number;
    }
}
