package jp.tokyo.monozukuri.grant.domain;

/** A second budget resolution of the same assembly for the same fiscal year. */
public class BudgetResolutionAlreadyRecordedException extends GrantRuleViolation {

    public BudgetResolutionAlreadyRecordedException(BudgetResolution resolution) {
        super("assembly", "the " + resolution.assembly() + " budget resolution of fiscal year "
                + resolution.fiscalYear()
                + (resolution.municipalityCode() == null ? "" : " for " + resolution.municipalityCode())
                + " is already recorded");
    }
}
