package kz.koshi.enforcement.raids.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import kz.koshi.shared.DateMeaning;
import org.springframework.validation.BindingResult;

/** A day typed on a form as 05.05.2026 or 2026-05-05; anything else (or a day the platform reads not) is a field error. */
final class TypedDay {

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu");

    private TypedDay() {
    }

    static LocalDate read(String typed, String field, BindingResult errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            LocalDate day = typed.contains(".") ? LocalDate.parse(typed.strip(), DOTTED) : LocalDate.parse(typed.strip());
            if (DateMeaning.isReadable(day)) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.rejectValue(field, "enforcement.raid.day-invalid");
        return null;
    }
}
