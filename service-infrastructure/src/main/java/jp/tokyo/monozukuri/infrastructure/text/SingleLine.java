package jp.tokyo.monozukuri.infrastructure.text;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A String of one line: {@link TextRules#singleLineViolation} (no control or format character, no unpaired
 * surrogate). Null is valid (use {@code @NotBlank} to require it). Works on elements too: {@code List<@SingleLine String>}.
 */
@Documented
@Constraint(validatedBy = SingleLine.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface SingleLine {

    String message() default TextRules.SINGLE_LINE_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one value. */
    class Validator implements ConstraintValidator<SingleLine, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return TextConstraints.report(TextRules.singleLineViolation(value), context);
        }
    }
}
