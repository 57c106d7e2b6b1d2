package jp.tokyo.monozukuri.approval.domain;

/**
 * The municipality's withdrawal of the plan was accepted: the review can never be decided. A transition that is
 * not allowed, with a reason of its own (problem {@code review-withdrawn}).
 */
public class ReviewWithdrawnException extends IllegalReviewTransitionException {

    public ReviewWithdrawnException(String reviewId, ReviewAction action, Withdrawal withdrawal) {
        super(reviewId, ReviewStatus.WITHDRAWN, action, "review " + reviewId + " is WITHDRAWN: the municipality withdrew the plan"
                + (withdrawal == null ? "" : " (" + withdrawal.withdrawnBy() + ", " + withdrawal.withdrawnAt() + ")")
                + "; it can no longer be decided");
    }
}
