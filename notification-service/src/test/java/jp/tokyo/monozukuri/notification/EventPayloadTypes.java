package jp.tokyo.monozukuri.notification;

import java.util.Map;
import java.util.Optional;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.ApprovalRoundPublished;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalAccepted;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalRefused;
import jp.tokyo.monozukuri.contracts.approval.PlanApproved;
import jp.tokyo.monozukuri.contracts.approval.PlanRejected;
import jp.tokyo.monozukuri.contracts.approval.PlanReturned;
import jp.tokyo.monozukuri.contracts.approval.ReviewStarted;
import jp.tokyo.monozukuri.contracts.grant.GrantChanged;
import jp.tokyo.monozukuri.contracts.grant.GrantConfirmed;
import jp.tokyo.monozukuri.contracts.grant.GrantDecided;
import jp.tokyo.monozukuri.contracts.grant.GrantOpened;
import jp.tokyo.monozukuri.contracts.grant.GrantPaid;
import jp.tokyo.monozukuri.contracts.grant.GrantRefundDue;
import jp.tokyo.monozukuri.contracts.grant.GrantReportOverdue;
import jp.tokyo.monozukuri.contracts.grant.GrantYearOpened;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.contracts.plan.PlanWithdrawn;

/** The payload record of every event type notification-service reads, to bind the contract fixtures. */
public final class EventPayloadTypes {

    private static final Map<String, Class<?>> BY_EVENT_TYPE = Map.ofEntries(
            Map.entry(EventTypes.PLAN_SUBMITTED, PlanSubmitted.class),
            Map.entry(EventTypes.PLAN_WITHDRAWN, PlanWithdrawn.class),
            Map.entry(EventTypes.REVIEW_STARTED, ReviewStarted.class),
            Map.entry(EventTypes.PLAN_RETURNED, PlanReturned.class),
            Map.entry(EventTypes.PLAN_APPROVED, PlanApproved.class),
            Map.entry(EventTypes.PLAN_REJECTED, PlanRejected.class),
            Map.entry(EventTypes.APPROVAL_ROUND_PUBLISHED, ApprovalRoundPublished.class),
            Map.entry(EventTypes.APPROVAL_WITHDRAWAL_ACCEPTED, ApprovalWithdrawalAccepted.class),
            Map.entry(EventTypes.APPROVAL_WITHDRAWAL_REFUSED, ApprovalWithdrawalRefused.class),
            Map.entry(EventTypes.GRANT_OPENED, GrantOpened.class),
            Map.entry(EventTypes.GRANT_YEAR_OPENED, GrantYearOpened.class),
            Map.entry(EventTypes.GRANT_DECIDED, GrantDecided.class),
            Map.entry(EventTypes.GRANT_CHANGED, GrantChanged.class),
            Map.entry(EventTypes.GRANT_CONFIRMED, GrantConfirmed.class),
            Map.entry(EventTypes.GRANT_PAID, GrantPaid.class),
            Map.entry(EventTypes.GRANT_REFUND_DUE, GrantRefundDue.class),
            Map.entry(EventTypes.GRANT_REPORT_OVERDUE, GrantReportOverdue.class));

    private EventPayloadTypes() {
    }

    public static Optional<Class<?>> of(String eventType) {
        return Optional.ofNullable(BY_EVENT_TYPE.get(eventType));
    }
}
