package jp.tokyo.monozukuri.approval.domain;

/** A comment refers to a measure (施策) number that the reviewed revision does not have. */
public class UnknownMeasureException extends RuntimeException {

    private final int measureNumber;

    public UnknownMeasureException(String reviewId, int measureNumber) {
        super("the plan under review " + reviewId + " has no measure " + measureNumber);
        this.measureNumber = measureNumber;
    }

    public int measureNumber() {
        return measureNumber;
    }
}
