package jp.tokyo.monozukuri.infrastructure.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date of a request within the program's plausible window ({@link DateWindow}): not before the program began
 * (FY2012), and for a thing that already happened (a resolution, an application, a payment) not after today by the
 * service's clock; for a date ahead (a due date, an announcement) not more than {@code dates.years-ahead} after
 * today. A date outside is a 400 naming the field, never a 5xx; null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    /** True for the date of something that already happened: it cannot be in the future. */
    boolean happened() default true;

    String message() default "is not a plausible date of the program";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
