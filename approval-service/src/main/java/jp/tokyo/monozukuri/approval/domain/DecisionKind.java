package jp.tokyo.monozukuri.approval.domain;

/** What an approver decides on a recommended review. */
public enum DecisionKind {
    /** 承認 */
    APPROVAL(ReviewAction.APPROVE),
    /** 不承認 */
    REJECTION(ReviewAction.REJECT);

    private final ReviewAction action;

    DecisionKind(ReviewAction action) {
        this.action = action;
    }

    public ReviewAction action() {
        return action;
    }
}
