package jp.tokyo.monozukuri.contracts.approval;

import java.time.OffsetDateTime;

/**
 * {@code approval.withdrawal-accepted}: 取下げの受理 — no decision was made or in progress, so the review is
 * closed for good: it has no document number and can never be approved, put in a round or announced.
 *
 * @param reason the municipality's own reason for the withdrawal, as it gave it (may be null)
 */
public record ApprovalWithdrawalAccepted(String reviewId, String planId, int revision, String planTitle,
        String reason, String requestedBy, OffsetDateTime requestedAt, OffsetDateTime acceptedAt) {
}
