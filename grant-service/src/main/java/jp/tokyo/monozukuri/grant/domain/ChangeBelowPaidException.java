package jp.tokyo.monozukuri.grant.domain;

/** A change (変更承認) that would lower the decided amount below the advances already paid. */
public class ChangeBelowPaidException extends GrantRuleViolation {

    public ChangeBelowPaidException(long amountYen, long paidYen) {
        super("amountYen", "the re-decided amount ¥" + amountYen + " is below the ¥" + paidYen
                + " already paid in advance");
    }
}
