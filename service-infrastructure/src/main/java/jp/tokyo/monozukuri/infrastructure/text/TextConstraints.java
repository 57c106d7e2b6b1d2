package jp.tokyo.monozukuri.infrastructure.text;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** The message of a {@link TextRules} violation as the constraint's message. */
final class TextConstraints {

    private TextConstraints() {
    }

    static boolean report(Optional<String> violation, ConstraintValidatorContext context) {
        if (violation.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(violation.get()).addConstraintViolation();
        return false;
    }
}
