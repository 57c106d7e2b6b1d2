package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;

/**
 * What a change approval (変更承認) re-decides: the revised eligible cost and requested amount of the municipality's
 * change application, and the new decided amount.
 */
public record ChangeTerms(LocalDate changeDate, long eligibleCostYen, long requestedAmountYen, long amountYen,
        String reason, String changedBy) {

    public ChangeTerms {
        Amounts.requireDate("changeDate", changeDate);
        Amounts.requirePositive("eligibleCostYen", eligibleCostYen);
        Amounts.requirePositive("requestedAmountYen", requestedAmountYen);
        Amounts.requirePositive("amountYen", amountYen);
        Amounts.requireText("reason", reason);
        Amounts.requireText("changedBy", changedBy);
    }
}
