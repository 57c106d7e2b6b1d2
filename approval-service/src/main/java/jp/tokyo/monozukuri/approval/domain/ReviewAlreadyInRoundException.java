package jp.tokyo.monozukuri.approval.domain;

/** An approved review is announced in at most one approval round. */
public class ReviewAlreadyInRoundException extends RuntimeException {

    private final String reviewId;

    public ReviewAlreadyInRoundException(String reviewId) {
        super("review " + reviewId + " already belongs to an approval round");
        this.reviewId = reviewId;
    }

    public String reviewId() {
        return reviewId;
    }
}
