package jp.tokyo.monozukuri.grant.domain;

/** An approved plan whose period is not the program's three consecutive fiscal years. */
public class InvalidPlanPeriodException extends GrantRuleViolation {

    public InvalidPlanPeriodException(String planId, int startFiscalYear, int endFiscalYear, int requiredYears) {
        super("endFiscalYear", "plan " + planId + " runs from FY" + startFiscalYear + " to FY" + endFiscalYear
                + "; the program subsidises exactly " + requiredYears + " fiscal years");
    }
}
