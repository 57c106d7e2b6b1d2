package jp.tokyo.monozukuri.contracts;

/** Every event type, in one place. A fixture {@code fixtures/<type>.json} exists for each. */
public final class EventTypes {

    // plan-service → plan-events
    public static final String PLAN_SUBMITTED = "plan.submitted";
    public static final String PLAN_WITHDRAWN = "plan.withdrawn";
    /** A submitted plan's withdrawal, asked of approval-service, which accepts or refuses it. */
    public static final String PLAN_WITHDRAWAL_REQUESTED = "plan.withdrawal-requested";

    // approval-service → approval-events
    public static final String REVIEW_STARTED = "review.started";
    public static final String PLAN_RETURNED = "plan.returned";
    public static final String PLAN_APPROVED = "plan.approved";
    public static final String PLAN_REJECTED = "plan.rejected";
    public static final String APPROVAL_ROUND_PUBLISHED = "approval-round.published";
    public static final String APPROVAL_WITHDRAWAL_ACCEPTED = "approval.withdrawal-accepted";
    public static final String APPROVAL_WITHDRAWAL_REFUSED = "approval.withdrawal-refused";

    // grant-service → grant-events
    public static final String GRANT_OPENED = "grant.opened";
    public static final String GRANT_YEAR_OPENED = "grant.year-opened";
    public static final String GRANT_DECIDED = "grant.decided";
    public static final String GRANT_CHANGED = "grant.changed";
    public static final String GRANT_CONFIRMED = "grant.confirmed";
    public static final String GRANT_PAID = "grant.paid";
    public static final String GRANT_REFUND_DUE = "grant.refund-due";
    public static final String GRANT_REPORT_OVERDUE = "grant.report-overdue";
    public static final String GRANT_YEAR_SUSPENDED = "grant.year-suspended";

    private EventTypes() {
    }
}
