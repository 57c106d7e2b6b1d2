package jp.tokyo.monozukuri.contracts.approval;

import java.time.OffsetDateTime;

/**
 * {@code approval.withdrawal-refused}: the withdrawal came too late — Tokyo had already decided the revision (or
 * its decision was in progress, its document number taken). The decision stands and is announced as usual.
 *
 * @param refusal        why, in words for the municipality
 * @param decision       {@code APPROVAL} or {@code REJECTION}
 * @param documentNumber the decision's number, null while it is still being taken
 */
public record ApprovalWithdrawalRefused(String reviewId, String planId, int revision, String planTitle,
        String refusal, String decision, String documentNumber, String requestedBy, OffsetDateTime requestedAt,
        OffsetDateTime refusedAt) {
}
