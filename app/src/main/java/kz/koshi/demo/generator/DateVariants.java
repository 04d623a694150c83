package kz.koshi.demo.generator;

import java.time.LocalDate;

/**
 * Birth dates as feeds write them: ISO yyyy-mm-dd; with day and month swapped (a dd.mm / mm/dd mix-up,
 * only possible when the day is 12 or less); or partial, yyyy or yyyy-mm, when a person only says
 * the year.
 */
final class DateVariants {

    private DateVariants() {
    }

    static String iso(LocalDate date) {
        return date.toString();
    }

    /** ISO, but with day and month swapped with the given probability when the swap is possible. */
    static String maybeSwapped(LocalDate date, double probability, Dice dice) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        if (day <= 12 && day != month && dice.chance(probability)) {
            return String.format("%04d-%02d-%02d", date.getYear(), day, month);
        }
        return iso(date);
    }

    static String yearOnly(LocalDate date) {
        return String.format("%04d", date.getYear());
    }

    static String yearMonth(LocalDate date) {
        return String.format("%04d-%02d", date.getYear(), date.getMonthValue());
    }
}
