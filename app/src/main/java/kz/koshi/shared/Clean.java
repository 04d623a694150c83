package kz.koshi.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text that follows {@link CleanText}, for text that arrives other than as JSON or a request parameter (a feed
 * file's cells), where the web layer's checks do not reach. Null is valid.
 */
@Documented
@Constraint(validatedBy = Clean.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Clean {

    String message() default "{koshi.validation.text}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Clean, CharSequence> {
        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || CleanText.isClean(text.toString());
        }
    }
}
