package jp.tokyo.monozukuri.grant.domain;

/** A lifecycle step taken out of order: a decision before the year is open, a confirmation before a report. */
public class StepNotAllowedException extends GrantRuleViolation {

    private final int fiscalYear;
    private final GrantYearStatus.Step step;
    private final GrantYearStatus currentStatus;

    public StepNotAllowedException(String grantId, int fiscalYear, GrantYearStatus.Step step,
            GrantYearStatus currentStatus) {
        super(null, "fiscal year " + fiscalYear + " of grant " + grantId + " is " + currentStatus + "; "
                + step + " is allowed only from " + step.allowedFrom());
        this.fiscalYear = fiscalYear;
        this.step = step;
        this.currentStatus = currentStatus;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public GrantYearStatus.Step step() {
        return step;
    }

    public GrantYearStatus currentStatus() {
        return currentStatus;
    }
}
