package jp.tokyo.monozukuri.plan.domain;

/** Only DRAFT and RETURNED plans can be edited: a submitted revision is frozen. */
public class PlanNotEditableException extends RuntimeException {

    private final PlanStatus status;

    public PlanNotEditableException(String planId, PlanStatus status) {
        super("plan " + planId + " is " + status + "; only DRAFT and RETURNED plans can be edited");
        this.status = status;
    }

    public PlanStatus status() {
        return status;
    }
}
