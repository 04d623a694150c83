package kz.koshi.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.MethodValidationResult;

/** The fields at fault of a method validation, named as the caller knows them, each with its (localised) message. */
final class ValidationFields {

    private ValidationFields() {
    }

    /** Spring's method validation (built into MVC, or adapted from a proxy's). */
    static List<Problems.FieldError> of(MethodValidationResult result) {
        return result.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(error -> new Problems.FieldError(
                        error instanceof FieldError f ? f.getField() : r.getMethodParameter().getParameterName(),
                        error.getDefaultMessage()))).toList();
    }

    /** Bean Validation's method validation through a proxy ({@code @Validated}). */
    static List<Problems.FieldError> of(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> new Problems.FieldError(parameterPath(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problems.FieldError::field)).toList();
    }

    /** A return value failing its constraints is the platform's fault, not the caller's. */
    static boolean concernsReturnValue(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().map(ConstraintViolation::getPropertyPath)
                .anyMatch(path -> nodes(path).stream().anyMatch(n -> n.getKind() == ElementKind.RETURN_VALUE));
    }

    /** {@code batch.batch[0].surname} (method, parameter, ...) becomes {@code batch[0].surname}. */
    private static String parameterPath(Path path) {
        String text = path.toString();
        List<Path.Node> nodes = nodes(path);
        if (nodes.isEmpty() || !(nodes.getFirst().getKind() == ElementKind.METHOD
                || nodes.getFirst().getKind() == ElementKind.CONSTRUCTOR)) {
            return text;
        }
        String method = nodes.getFirst().getName() + ".";
        return text.startsWith(method) ? text.substring(method.length()) : text;
    }

    private static List<Path.Node> nodes(Path path) {
        ArrayList<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        return nodes;
    }
}
