package jp.tokyo.monozukuri.plan.domain;

/** The requested step is not allowed from the plan's current status, e.g. withdrawing an approved plan. */
public class IllegalPlanTransitionException extends RuntimeException {

    private final PlanStatus from;
    private final PlanStatus to;

    public IllegalPlanTransitionException(String planId, PlanStatus from, PlanStatus to) {
        super("plan " + planId + " cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public PlanStatus from() {
        return from;
    }

    public PlanStatus to() {
        return to;
    }
}
