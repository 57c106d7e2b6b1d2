package jp.tokyo.monozukuri.grant.domain;

/** A value that can never be right whatever the state: a negative amount, a missing date. */
public class InvalidInputException extends GrantRuleViolation {

    public InvalidInputException(String field, String message) {
        super(field, field + " " + message);
    }
}
