package jp.tokyo.monozukuri.approval.domain;

/** A return or a rejection tells the municipality why: at least one non-blank reason is required. */
public class ReasonsRequiredException extends RuntimeException {

    private final ReviewAction action;

    public ReasonsRequiredException(ReviewAction action) {
        super(action + " requires at least one reason");
        this.action = action;
    }

    public ReviewAction action() {
        return action;
    }
}
