package jp.tokyo.monozukuri.grant.domain;

/** A fiscal year outside the grant's plan period. */
public class UnknownFiscalYearException extends GrantRuleViolation {

    public UnknownFiscalYearException(String grantId, int fiscalYear) {
        super("fiscalYear", "grant " + grantId + " has no fiscal year " + fiscalYear);
    }
}
