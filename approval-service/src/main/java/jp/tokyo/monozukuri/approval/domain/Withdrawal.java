package jp.tokyo.monozukuri.approval.domain;

import java.time.OffsetDateTime;

/** 取下げ — the municipality withdrew the plan while this review was open. */
public record Withdrawal(String reason, String withdrawnBy, OffsetDateTime withdrawnAt) {
}
