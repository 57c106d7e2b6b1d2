package jp.tokyo.monozukuri.grant.domain;

/** A performance report whose eligible actual cost (補助対象経費) exceeds the actual cost (実支出額). */
public class EligibleCostAboveActualException extends GrantRuleViolation {

    public EligibleCostAboveActualException(long eligibleActualCostYen, long actualCostYen) {
        super("eligibleActualCostYen", "eligibleActualCostYen ¥" + eligibleActualCostYen
                + " exceeds actualCostYen ¥" + actualCostYen);
    }
}
