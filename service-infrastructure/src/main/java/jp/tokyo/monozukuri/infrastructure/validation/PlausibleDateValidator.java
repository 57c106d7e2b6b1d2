package jp.tokyo.monozukuri.infrastructure.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Optional;

/** Checks {@link PlausibleDate} against the service's {@link DateWindow} (created by Spring, which injects it). */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    private final DateWindow window;
    private boolean happened;

    public PlausibleDateValidator(DateWindow window) {
        this.window = window;
    }

    @Override
    public void initialize(PlausibleDate annotation) {
        happened = annotation.happened();
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        Optional<String> violation = window.violation(value, happened);
        if (violation.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(violation.get().replace("{", "\\{").replace("$", "\\$"))
                .addConstraintViolation();
        return false;
    }
}
