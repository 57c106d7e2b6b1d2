package jp.tokyo.monozukuri.notification.messaging;

import java.util.function.Consumer;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.ApprovalRoundPublished;
import jp.tokyo.monozukuri.contracts.approval.PlanApproved;
import jp.tokyo.monozukuri.contracts.approval.PlanRejected;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalAccepted;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalRefused;
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
import jp.tokyo.monozukuri.infrastructure.messaging.InboundEvents;
import jp.tokyo.monozukuri.notification.application.EventNotices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The three input bindings ({@code planEvents}, {@code approvalEvents}, {@code grantEvents}): every event a
 * municipality must hear about, routed to {@link EventNotices}. Idempotency is the notices' own: one per event
 * and recipient, by a unique index.
 */
@Configuration
class InboundEventConsumers {

    @Bean
    Consumer<Message<byte[]>> planEvents(EventNotices notices) {
        return InboundEvents.builder()
                .on(EventTypes.PLAN_SUBMITTED, PlanSubmitted.class, notices::planSubmitted)
                .on(EventTypes.PLAN_WITHDRAWN, PlanWithdrawn.class, notices::notify)
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> approvalEvents(EventNotices notices) {
        return InboundEvents.builder()
                .on(EventTypes.REVIEW_STARTED, ReviewStarted.class, notices::notify)
                .on(EventTypes.PLAN_RETURNED, PlanReturned.class, notices::notify)
                .on(EventTypes.PLAN_APPROVED, PlanApproved.class, notices::notify)
                .on(EventTypes.PLAN_REJECTED, PlanRejected.class, notices::notify)
                .on(EventTypes.APPROVAL_ROUND_PUBLISHED, ApprovalRoundPublished.class, notices::roundPublished)
                .on(EventTypes.APPROVAL_WITHDRAWAL_ACCEPTED, ApprovalWithdrawalAccepted.class, notices::notify)
                .on(EventTypes.APPROVAL_WITHDRAWAL_REFUSED, ApprovalWithdrawalRefused.class, notices::notify)
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> grantEvents(EventNotices notices) {
        return InboundEvents.builder()
                .on(EventTypes.GRANT_OPENED, GrantOpened.class, notices::notify)
                .on(EventTypes.GRANT_YEAR_OPENED, GrantYearOpened.class, notices::notify)
                .on(EventTypes.GRANT_DECIDED, GrantDecided.class, notices::notify)
                .on(EventTypes.GRANT_CHANGED, GrantChanged.class, notices::notify)
                .on(EventTypes.GRANT_CONFIRMED, GrantConfirmed.class, notices::notify)
                .on(EventTypes.GRANT_PAID, GrantPaid.class, notices::notify)
                .on(EventTypes.GRANT_REFUND_DUE, GrantRefundDue.class, notices::notify)
                .on(EventTypes.GRANT_REPORT_OVERDUE, GrantReportOverdue.class, notices::notify)
                .build();
    }
}
