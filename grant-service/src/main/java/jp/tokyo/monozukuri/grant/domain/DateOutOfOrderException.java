package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;

/** A step dated before the step it follows: a decision before its application, a payment before its decision. */
public class DateOutOfOrderException extends GrantRuleViolation {

    public DateOutOfOrderException(String field, LocalDate date, String previousStep, LocalDate previousDate) {
        super(field, field + " " + date + " is before the " + previousStep + " of " + previousDate);
    }
}
