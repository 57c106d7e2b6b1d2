package jp.tokyo.monozukuri.plan.domain;

/** What applying an {@link ApprovalEvent} did to a plan. */
public enum ApprovalEventOutcome {

    /** The plan moved; the event id is remembered. */
    APPLIED,
    /** This event id was applied before: nothing changes. */
    DUPLICATE,
    /** The event is about an older revision than the plan's latest: it must not touch the newer one. */
    OLDER_REVISION,
    /**
     * The plan is already at or beyond the event's stage for this revision (a late {@code review.started} after
     * the decision, or a decision after the municipality withdrew): applying it would move the plan backwards.
     */
    SUPERSEDED;

    public boolean changedPlan() {
        return this == APPLIED;
    }
}
