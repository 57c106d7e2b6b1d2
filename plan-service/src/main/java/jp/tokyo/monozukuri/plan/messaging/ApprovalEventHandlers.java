package jp.tokyo.monozukuri.plan.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalAccepted;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalRefused;
import jp.tokyo.monozukuri.contracts.approval.PlanApproved;
import jp.tokyo.monozukuri.contracts.approval.PlanRejected;
import jp.tokyo.monozukuri.contracts.approval.PlanReturned;
import jp.tokyo.monozukuri.contracts.approval.ReviewStarted;
import jp.tokyo.monozukuri.infrastructure.events.MalformedEventException;
import jp.tokyo.monozukuri.infrastructure.messaging.InboundEvents;
import jp.tokyo.monozukuri.plan.application.PlanDecisions;
import jp.tokyo.monozukuri.plan.application.PlanNotFound;
import jp.tokyo.monozukuri.plan.domain.ApprovalEvent;
import jp.tokyo.monozukuri.plan.domain.UnknownRevisionException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The input binding {@code approvalEvents-in-0} (topic {@code approval-events}): approval-service's review
 * steps and decisions become plan statuses. Events that can never apply (unknown plan or revision, missing
 * plan id) go to the dead-letter topic at once; anything else that fails is retried, then dead-lettered.
 */
@Configuration
class ApprovalEventHandlers {

    @Bean
    Consumer<Message<byte[]>> approvalEvents(PlanDecisions decisions) {
        return InboundEvents.builder()
                .on(EventTypes.REVIEW_STARTED, ReviewStarted.class, e -> apply(decisions, e, e.payload().planId(),
                        new ApprovalEvent.ReviewStarted(e.eventId(), e.payload().revision(), e.payload().reviewer(),
                                timeOf(e, e.payload().startedAt()))))
                .on(EventTypes.PLAN_RETURNED, PlanReturned.class, e -> apply(decisions, e, e.payload().planId(),
                        new ApprovalEvent.Returned(e.eventId(), e.payload().revision(), e.payload().reasons(),
                                e.payload().returnedBy(), timeOf(e, e.payload().returnedAt()))))
                .on(EventTypes.PLAN_APPROVED, PlanApproved.class, e -> apply(decisions, e, e.payload().planId(),
                        new ApprovalEvent.Approved(e.eventId(), e.payload().revision(), e.payload().documentNumber(),
                                e.payload().decisionDate(), e.payload().approvedBy(), timeOf(e, null))))
                .on(EventTypes.APPROVAL_WITHDRAWAL_ACCEPTED, ApprovalWithdrawalAccepted.class,
                        e -> apply(decisions, e, e.payload().planId(), new ApprovalEvent.WithdrawalAccepted(
                                e.eventId(), e.payload().revision(), e.payload().reason(), e.payload().requestedBy(),
                                timeOf(e, e.payload().acceptedAt()))))
                .on(EventTypes.APPROVAL_WITHDRAWAL_REFUSED, ApprovalWithdrawalRefused.class,
                        e -> apply(decisions, e, e.payload().planId(), new ApprovalEvent.WithdrawalRefused(
                                e.eventId(), e.payload().revision(), e.payload().refusal(),
                                e.payload().documentNumber(), timeOf(e, e.payload().refusedAt()))))
                .on(EventTypes.PLAN_REJECTED, PlanRejected.class, e -> apply(decisions, e, e.payload().planId(),
                        new ApprovalEvent.Rejected(e.eventId(), e.payload().revision(), e.payload().reasons(),
                                e.payload().documentNumber(), e.payload().decisionDate(), e.payload().rejectedBy(),
                                timeOf(e, null))))
                .build();
    }

    private static void apply(PlanDecisions decisions, EventEnvelope<?> envelope, String planId,
            ApprovalEvent event) {
        if (planId == null || planId.isBlank()) {
            throw new MalformedEventException(envelope.eventType() + " " + envelope.eventId() + " names no plan");
        }
        try {
            decisions.apply(planId, event);
        } catch (PlanNotFound | UnknownRevisionException e) {
            throw new MalformedEventException(envelope.eventType() + " " + envelope.eventId() + " cannot apply: "
                    + e.getMessage(), e);
        }
    }

    /** When the step happened: the payload's own time where it has one, else when the event occurred. */
    private static Instant timeOf(EventEnvelope<?> envelope, OffsetDateTime payloadTime) {
        return (payloadTime != null ? payloadTime : envelope.occurredAt()).toInstant();
    }
}
