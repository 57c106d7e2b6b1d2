package jp.tokyo.monozukuri.approval.domain;

/** 四つの目の原則 — the person who recommended a review may not also decide it. */
public class FourEyesViolationException extends RuntimeException {

    private final String reviewId;
    private final String person;

    public FourEyesViolationException(String reviewId, String person) {
        super("review " + reviewId + " was recommended by " + person
                + "; the decision must be taken by a different approver");
        this.reviewId = reviewId;
        this.person = person;
    }

    public String reviewId() {
        return reviewId;
    }

    public String person() {
        return person;
    }
}
