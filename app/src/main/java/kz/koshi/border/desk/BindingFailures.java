package kz.koshi.border.desk;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/**
 * A form whose value could not be read (a date typed some other way) is not validated by Spring MVC: its other
 * fields would then show no error until the next submit. This validates it all the same; a field whose value
 * could not be read keeps its one "how to write it" error.
 */
public final class BindingFailures {

    private BindingFailures() {
    }

    public static void validateDespite(Object form, BindingResult errors, SmartValidator validator) {
        if (errors.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
            validator.validate(form, errors);
        }
    }
}
