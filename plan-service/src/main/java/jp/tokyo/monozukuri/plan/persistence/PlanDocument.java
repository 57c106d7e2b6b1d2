package jp.tokyo.monozukuri.plan.persistence;

import java.time.Instant;
import java.util.List;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxEntry;
import jp.tokyo.monozukuri.plan.domain.PlanContent;
import jp.tokyo.monozukuri.plan.domain.PlanStatus;
import jp.tokyo.monozukuri.plan.domain.ReturnNotice;
import jp.tokyo.monozukuri.plan.domain.StatusChange;
import jp.tokyo.monozukuri.plan.domain.SubmittedRevision;
import jp.tokyo.monozukuri.plan.domain.Withdrawal;
import jp.tokyo.monozukuri.plan.domain.WithdrawalRefusal;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A plan as stored: one document holds the plan, its frozen revisions, its history, the ids of the approval
 * events it applied and the events still to be published, so that every change is one atomic write.
 *
 * @param occupiedPeriodSlots {@code <municipalityCode>:<fiscalYear>} for each fiscal year the plan occupies
 *                            while SUBMITTED, UNDER_REVIEW or APPROVED, absent otherwise; unique across the
 *                            collection, which enforces "one such plan per municipality and fiscal year"
 */
@Document(PlanDocument.COLLECTION)
public record PlanDocument(
        @Id String id,
        String municipalityCode,
        PlanContent content,
        PlanStatus status,
        int latestRevision,
        List<SubmittedRevision> revisions,
        List<StatusChange> history,
        List<String> appliedEventIds,
        ReturnNotice lastReturn,
        DecisionDocument decision,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        List<String> occupiedPeriodSlots,
        Withdrawal pendingWithdrawal,
        WithdrawalRefusal withdrawalRefusal,
        List<OutboxEntry> outbox,
        long version) {

    public static final String COLLECTION = "plans";

    /** A decision as stored: the date as ISO text, so that no time zone can shift it. */
    public record DecisionDocument(boolean approved, int revision, String documentNumber, String decisionDate,
            List<String> reasons, String decidedBy) {
    }
}
