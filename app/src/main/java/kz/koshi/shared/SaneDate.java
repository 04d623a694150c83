package kz.koshi.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A date within the window its {@link DateMeaning} allows around the platform day. Null is valid. */
@Documented
@Constraint(validatedBy = SaneDateValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SaneDate {

    DateMeaning value();

    String message() default "{koshi.validation.date.out-of-range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
