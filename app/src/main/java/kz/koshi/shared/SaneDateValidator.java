package kz.koshi.shared;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.springframework.beans.factory.annotation.Autowired;

/** Checks {@link SaneDate} against the platform clock (the system clock in Kazakhstan's zone where no Spring context runs). */
public class SaneDateValidator implements ConstraintValidator<SaneDate, LocalDate> {

    private final Clock clock;
    private DateMeaning meaning;

    public SaneDateValidator() {
        this(Clock.system(KazakhstanCalendar.DEFAULT_ZONE));
    }

    @Autowired
    public SaneDateValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void initialize(SaneDate annotation) {
        meaning = annotation.value();
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        if (date == null || meaning.allows(date, LocalDate.now(clock))) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + meaning.messageKey() + "}").addConstraintViolation();
        return false;
    }
}
