package jp.tokyo.monozukuri.approval.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Everything that can happen to a review, with the states it is allowed in and the state it leads to: the
 * review state machine in one table.
 */
public enum ReviewAction {
    RECEIVE(EnumSet.noneOf(ReviewStatus.class), ReviewStatus.PENDING),
    START(EnumSet.of(ReviewStatus.PENDING), ReviewStatus.IN_REVIEW),
    /** Comments keep the state; they are welcome while the review is being worked on or awaits a decision. */
    COMMENT(EnumSet.of(ReviewStatus.IN_REVIEW, ReviewStatus.RECOMMENDED), null),
    RETURN(EnumSet.of(ReviewStatus.IN_REVIEW), ReviewStatus.RETURNED),
    RECOMMEND(EnumSet.of(ReviewStatus.IN_REVIEW), ReviewStatus.RECOMMENDED),
    APPROVE(EnumSet.of(ReviewStatus.RECOMMENDED), ReviewStatus.APPROVED),
    REJECT(EnumSet.of(ReviewStatus.RECOMMENDED), ReviewStatus.REJECTED),
    /** A returned review can be withdrawn too: nothing can be decided on it any more. */
    WITHDRAW(EnumSet.of(ReviewStatus.PENDING, ReviewStatus.IN_REVIEW, ReviewStatus.RECOMMENDED,
            ReviewStatus.RETURNED), ReviewStatus.WITHDRAWN),
    /** A withdrawal asked for after the decision was made or while it was in progress: the state stays. */
    REFUSE_WITHDRAWAL(EnumSet.of(ReviewStatus.RECOMMENDED, ReviewStatus.APPROVED, ReviewStatus.REJECTED), null),
    /** 担当替え by an ADMIN while the review is being worked on. */
    REASSIGN(EnumSet.of(ReviewStatus.IN_REVIEW), null);

    private final Set<ReviewStatus> allowedIn;
    private final ReviewStatus leadsTo;

    ReviewAction(Set<ReviewStatus> allowedIn, ReviewStatus leadsTo) {
        this.allowedIn = allowedIn;
        this.leadsTo = leadsTo;
    }

    /** The state every review starts in. */
    static ReviewStatus initialState() {
        return RECEIVE.leadsTo;
    }

    public boolean isAllowedIn(ReviewStatus status) {
        return allowedIn.contains(status);
    }

    /**
     * The state after this action on a review in {@code current}.
     *
     * @throws IllegalReviewTransitionException if the action is not allowed in {@code current}
     */
    ReviewStatus apply(String reviewId, ReviewStatus current) {
        if (!isAllowedIn(current)) {
            throw new IllegalReviewTransitionException(reviewId, current, this);
        }
        return leadsTo == null ? current : leadsTo;
    }
}
