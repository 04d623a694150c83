package kz.koshi.border.desk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates as officers type them on a form: ISO 8601 ({@code 1985-05-05}, {@code 2026-11-21T10:00}) or the way
 * they are written in Kazakhstan ({@code 05.05.1985}, {@code 21.11.2026 10:00}); each read into ISO 8601.
 */
public final class TypedDates {

    /** A day as people write it in Kazakhstan, besides ISO 8601: 05.05.1985 (also the forms' {@code fallbackPatterns}). */
    public static final String DAY = "d.M.uuuu";

    private static final DateTimeFormatter DAY_TYPED = DateTimeFormatter.ofPattern(DAY).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d.M.uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);

    private TypedDates() {
    }

    /** The day in ISO 8601; blank stays blank; null when it is no date in either way of writing. */
    public static String day(String typed) {
        if (typed == null || typed.isBlank()) {
            return typed;
        }
        String text = typed.strip();
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException notIso) {
            return readable(() -> LocalDate.parse(text, DAY_TYPED).toString());
        }
    }

    /** A local date and time in ISO 8601; anything else (blank, an instant with an offset) stays as typed. */
    public static String localTime(String typed) {
        if (typed == null || typed.isBlank()) {
            return typed;
        }
        String read = readable(() -> LocalDateTime.parse(typed.strip(), MINUTE).toString());
        return read == null ? typed.strip() : read;
    }

    private static String readable(java.util.function.Supplier<String> reading) {
        try {
            return reading.get();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
