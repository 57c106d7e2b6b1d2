package jp.tokyo.monozukuri.approval.domain;

/** The action is not allowed in the review's current state (e.g. approving a review that is still IN_REVIEW). */
public class IllegalReviewTransitionException extends RuntimeException {

    private final String reviewId;
    private final ReviewStatus status;
    private final ReviewAction action;

    public IllegalReviewTransitionException(String reviewId, ReviewStatus status, ReviewAction action) {
        this(reviewId, status, action, "review " + reviewId + " is " + status + ": " + action
                + " is not allowed in that state");
    }

    protected IllegalReviewTransitionException(String reviewId, ReviewStatus status, ReviewAction action,
            String message) {
        super(message);
        this.reviewId = reviewId;
        this.status = status;
        this.action = action;
    }

    public String reviewId() {
        return reviewId;
    }

    public ReviewStatus status() {
        return status;
    }

    public ReviewAction action() {
        return action;
    }
}
