package jp.tokyo.monozukuri.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What approval-service tells a plan about one of its submitted revisions. Each carries the id of the event
 * that brought it, so a redelivered event is recognised and applied only once.
 */
public sealed interface ApprovalEvent {

    UUID eventId();

    int revision();

    Instant occurredAt();

    /** The status the event moves the plan to. */
    PlanStatus target();

    /** 審査開始 — a reviewer took up the revision. */
    record ReviewStarted(UUID eventId, int revision, String reviewer, Instant occurredAt) implements ApprovalEvent {

        @Override
        public PlanStatus target() {
            return PlanStatus.UNDER_REVIEW;
        }
    }

    /** 差戻し — the revision goes back to the municipality with reasons. */
    record Returned(UUID eventId, int revision, List<String> reasons, String returnedBy, Instant occurredAt)
            implements ApprovalEvent {

        public Returned {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }

        @Override
        public PlanStatus target() {
            return PlanStatus.RETURNED;
        }
    }

    /** 承認 — the revision is approved under a document number. */
    record Approved(UUID eventId, int revision, String documentNumber, LocalDate decisionDate, String approvedBy,
            Instant occurredAt) implements ApprovalEvent {

        @Override
        public PlanStatus target() {
            return PlanStatus.APPROVED;
        }
    }

    /** 取下げ受理 — approval-service accepted the withdrawal: nothing was or will be decided. */
    record WithdrawalAccepted(UUID eventId, int revision, String reason, String requestedBy, Instant occurredAt)
            implements ApprovalEvent {

        @Override
        public PlanStatus target() {
            return PlanStatus.WITHDRAWN;
        }
    }

    /**
     * The withdrawal came after (or during) the decision and is refused; the decision arrives by its own event.
     * Changes no status: {@link #target()} is the status the plan is in when it arrives.
     */
    record WithdrawalRefused(UUID eventId, int revision, String refusal, String documentNumber, Instant occurredAt)
            implements ApprovalEvent {

        @Override
        public PlanStatus target() {
            return null;
        }
    }

    /** 不承認 — the revision is not approved. */
    record Rejected(UUID eventId, int revision, List<String> reasons, String documentNumber, LocalDate decisionDate,
            String rejectedBy, Instant occurredAt) implements ApprovalEvent {

        public Rejected {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }

        @Override
        public PlanStatus target() {
            return PlanStatus.REJECTED;
        }
    }
}
