package jp.tokyo.monozukuri.grant.domain;

/**
 * A rule of the program that a request broke. One subclass per rule; the web layer maps each subclass once to a
 * problem type, naming {@link #field()} where the rule is about one field of the request.
 */
public abstract class GrantRuleViolation extends RuntimeException {

    private final String field;

    protected GrantRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, or null when the rule is about the state rather than one field. */
    public String field() {
        return field;
    }
}
