package jp.tokyo.monozukuri.approval.domain;

import java.time.OffsetDateTime;

/**
 * A withdrawal this review refused because its decision came first.
 *
 * @param requestId the request's event id, so that its redelivery is not refused (and announced) twice
 * @param refusal   why, in the words the municipality reads
 */
public record WithdrawalRefusal(String requestId, String refusal, String requestedBy, OffsetDateTime requestedAt,
        OffsetDateTime refusedAt) {
}
