package jp.tokyo.monozukuri.grant.domain;

/**
 * A budget resolution cannot be withdrawn while a year it opened has gone on to an application (or further): the
 * money already applied for, decided or paid rests on it. Such a year is corrected through its own steps.
 */
public class BudgetInUseException extends GrantRuleViolation {

    public BudgetInUseException(String grantId, int fiscalYear, GrantYearStatus status) {
        super(null, "fiscal year " + fiscalYear + " of grant " + grantId + " is " + status
                + ": the budget resolution it was opened on can no longer be withdrawn");
    }
}
