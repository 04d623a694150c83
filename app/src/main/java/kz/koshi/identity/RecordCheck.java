package kz.koshi.identity;

import java.util.List;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * Checks an incoming record and names the fields at fault (never their values). Record-level checks are
 * reported against the field a person would correct: a record with no name against its surname, an
 * impossible birth date against the birth date.
 */
@Component
class RecordCheck {

    private final Validator validator;

    RecordCheck(Validator validator) {
        this.validator = validator;
    }

    List<String> problemsOf(IncomingRecord record) {
        if (record == null) {
            return List.of("record");
        }
        return validator.validate(record).stream().map(v -> v.getPropertyPath().toString())
                .map(RecordCheck::fieldToCorrect).distinct().sorted().toList();
    }

    private static String fieldToCorrect(String property) {
        return switch (property) {
            case "named" -> "surname";
            case "birthDateReal" -> "birthDate";
            default -> property;
        };
    }
}
