package jp.tokyo.monozukuri.grant.domain;

/** A refund (返還) larger than what is still due. */
public class RefundAboveDueException extends GrantRuleViolation {

    public RefundAboveDueException(long amountYen, long dueYen) {
        super("amountYen", "a refund of ¥" + amountYen + " exceeds the ¥" + dueYen + " still due");
    }
}
