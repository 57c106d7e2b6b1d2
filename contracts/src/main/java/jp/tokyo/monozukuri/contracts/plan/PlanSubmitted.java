package jp.tokyo.monozukuri.contracts.plan;

/** {@code plan.submitted}: a municipality submitted a plan; the payload is the frozen revision. */
public record PlanSubmitted(PlanRevision plan) {
}
