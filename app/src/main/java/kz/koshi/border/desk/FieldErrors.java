package kz.koshi.border.desk;

import java.util.Comparator;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form's field errors, one per field: the first problem found says what is wrong (an empty field is
 * "fill it in", not also "wrong format"), later ones for the same field are left out.
 */
public final class FieldErrors {

    private final BindingResult errors;

    public FieldErrors(BindingResult errors) {
        this.errors = errors;
    }

    /** A message key against the field, unless the field has an error already. */
    public void reject(String field, String messageKey) {
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, messageKey);
        }
    }

    /** Bean-validation violations, a missing value first; the message is the constraint's, in the officer's language. */
    public <T> void reject(Set<ConstraintViolation<T>> violations, java.util.function.UnaryOperator<String> field) {
        violations.stream().sorted(Comparator.comparing(FieldErrors::notMissing)).forEach(v -> {
            String name = field.apply(v.getPropertyPath().toString());
            if (!errors.hasFieldErrors(name)) {
                String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
                String[] codes = missing(v) ? new String[] {constraint} : null;
                errors.addError(new FieldError(errors.getObjectName(), name, errors.getFieldValue(name), false, codes, null,
                        StringUtils.capitalize(v.getMessage())));
            }
        });
    }

    private static boolean notMissing(ConstraintViolation<?> v) {
        return !missing(v);
    }

    private static boolean missing(ConstraintViolation<?> v) {
        Object annotation = v.getConstraintDescriptor().getAnnotation();
        return annotation instanceof NotBlank || annotation instanceof NotNull;
    }
}
