package jp.tokyo.monozukuri.plan.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything a {@link Plan} remembers, as one value: what persistence stores and restores. Only {@link Plan}
 * changes a plan; this record merely carries its state across the store.
 *
 * @param version         the store's concurrency version, null before the first save; the API's ETag
 * @param appliedEventIds the approval events already applied, so a redelivery changes nothing
 * @param pendingWithdrawal the withdrawal asked of approval-service and not yet accepted or refused, or null
 * @param withdrawalRefusal the last withdrawal approval-service refused, or null
 */
public record PlanState(
        String id,
        String municipalityCode,
        PlanContent content,
        PlanStatus status,
        List<SubmittedRevision> revisions,
        List<StatusChange> history,
        List<UUID> appliedEventIds,
        ReturnNotice lastReturn,
        Decision decision,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Long version,
        Withdrawal pendingWithdrawal,
        WithdrawalRefusal withdrawalRefusal) {

    public PlanState {
        revisions = List.copyOf(revisions);
        history = List.copyOf(history);
        appliedEventIds = List.copyOf(appliedEventIds);
    }

    /** The same state as stored under a new concurrency version. */
    public PlanState withVersion(long newVersion) {
        return new PlanState(id, municipalityCode, content, status, revisions, history, appliedEventIds, lastReturn,
                decision, createdAt, createdBy, updatedAt, updatedBy, newVersion, pendingWithdrawal, withdrawalRefusal);
    }
}
