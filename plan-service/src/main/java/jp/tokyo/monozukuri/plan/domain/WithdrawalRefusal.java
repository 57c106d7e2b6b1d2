package jp.tokyo.monozukuri.plan.domain;

import java.time.Instant;

/**
 * A withdrawal approval-service refused: Tokyo's decision on the revision came first (or was in progress).
 *
 * @param refusal        why, as the municipality reads it
 * @param documentNumber the decision's number, when it was already known
 */
public record WithdrawalRefusal(int revision, String refusal, String documentNumber, Instant refusedAt) {
}
