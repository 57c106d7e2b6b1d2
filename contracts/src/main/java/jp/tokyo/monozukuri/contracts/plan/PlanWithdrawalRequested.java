package jp.tokyo.monozukuri.contracts.plan;

import java.time.OffsetDateTime;

/**
 * {@code plan.withdrawal-requested}: 取下げの申出 — the municipality asks to withdraw a submitted plan. Only
 * approval-service, which decides, accepts or refuses it ({@code approval.withdrawal-accepted} /
 * {@code approval.withdrawal-refused}); until then the plan is not withdrawn anywhere.
 *
 * @param revision the latest submitted revision, the one whose review the withdrawal closes
 */
public record PlanWithdrawalRequested(String planId, int revision, String title, String reason, String requestedBy,
        OffsetDateTime requestedAt) {
}
