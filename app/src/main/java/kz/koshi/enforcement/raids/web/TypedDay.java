package kz.koshi.enforcement.raids.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

import kz.koshi.shared.DateMeaning;
import org.springframework.validation.BindingResult;

/** A day typed on a form as 05.05.2026 or 2026-05-05; anything else (or a day the platform reads not) is a field error. */
final class TypedDay {

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private TypedDay() {
    }

    static LocalDate read(String typed, String field, BindingResult errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Optional<LocalDate> day = parse(typed);
        if (day.isEmpty()) {
            errors.rejectValue(field, "enforcement.raid.day-invalid");
        }
        return day.orElse(null);
    }

    /** The day typed, if it is one the platform reads; empty for anything else (31.02.2026, 0001-01-01, "soon"). */
    static Optional<LocalDate> parse(String typed) {
        try {
            LocalDate day = typed.contains(".") ? LocalDate.parse(typed.strip(), DOTTED) : LocalDate.parse(typed.strip());
            return DateMeaning.isReadable(day) ? Optional.of(day) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
