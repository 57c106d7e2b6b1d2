package jp.tokyo.monozukuri.approval.domain;

/** Only approved reviews can be announced in an approval round. */
public class ReviewNotApprovedException extends RuntimeException {

    private final String reviewId;
    private final ReviewStatus status;

    public ReviewNotApprovedException(String reviewId, ReviewStatus status) {
        super("review " + reviewId + " is " + status + "; only APPROVED reviews can be announced");
        this.reviewId = reviewId;
        this.status = status;
    }

    public String reviewId() {
        return reviewId;
    }

    public ReviewStatus status() {
        return status;
    }
}
