package jp.tokyo.monozukuri.plan.domain;

import java.time.Instant;

/** 取下げ — the municipality withdrew the plan, whose latest submitted revision is {@code revision}. */
public record Withdrawal(int revision, String reason, String withdrawnBy, Instant withdrawnAt) {
}
