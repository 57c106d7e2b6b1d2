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
 * A String that may run over several lines: {@link TextRules#multiLineViolation} (line breaks and tabs, nothing
 * else of the control or format characters, no unpaired surrogate). Null is valid.
 */
@Documented
@Constraint(validatedBy = MultiLine.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface MultiLine {

    String message() default TextRules.MULTI_LINE_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one value. */
    class Validator implements ConstraintValidator<MultiLine, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return TextConstraints.report(TextRules.multiLineViolation(value), context);
        }
    }
}
