package jp.tokyo.monozukuri.plan.web;

/** The optional body of {@code POST /api/plans/{id}/withdraw}: why the municipality takes its plan back. */
public record WithdrawRequest(String reason) {
}
