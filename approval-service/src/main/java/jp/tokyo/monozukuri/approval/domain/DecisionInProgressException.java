package jp.tokyo.monozukuri.approval.domain;

/**
 * A decision on the review has been taken and is being numbered; until it is complete the review accepts no
 * other decision and no withdrawal, so that a document number once taken is always used.
 */
public class DecisionInProgressException extends RuntimeException {

    private final String reviewId;
    private final PendingDecision pending;

    public DecisionInProgressException(String reviewId, PendingDecision pending) {
        super("review " + reviewId + " is being decided (" + pending.kind() + " by " + pending.decidedBy() + ")");
        this.reviewId = reviewId;
        this.pending = pending;
    }

    public String reviewId() {
        return reviewId;
    }

    public PendingDecision pending() {
        return pending;
    }
}
