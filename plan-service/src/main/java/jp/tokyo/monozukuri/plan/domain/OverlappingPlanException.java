package jp.tokyo.monozukuri.plan.domain;

import java.util.Optional;

/**
 * A municipality has at most one SUBMITTED, UNDER_REVIEW or APPROVED plan for any fiscal year: this plan's
 * period overlaps the period of such a plan.
 */
public class OverlappingPlanException extends RuntimeException {

    private final String conflictingPlanId;

    public OverlappingPlanException(String planId, String municipalityCode, String conflictingPlanId) {
        super("plan " + planId + " overlaps the period of plan "
                + (conflictingPlanId == null ? "(unknown)" : conflictingPlanId)
                + ", already submitted or approved for municipality " + municipalityCode);
        this.conflictingPlanId = conflictingPlanId;
    }

    /** Empty when the competing plan moved on before it could be named. */
    public Optional<String> conflictingPlanId() {
        return Optional.ofNullable(conflictingPlanId);
    }
}
