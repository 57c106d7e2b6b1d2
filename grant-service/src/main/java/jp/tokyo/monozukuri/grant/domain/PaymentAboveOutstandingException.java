package jp.tokyo.monozukuri.grant.domain;

/**
 * A payment above what may still be paid: advances (概算払) never above the decided amount, payments after the
 * confirmation never above the confirmed amount.
 */
public class PaymentAboveOutstandingException extends GrantRuleViolation {

    public PaymentAboveOutstandingException(long amountYen, long outstandingYen, String limitedBy) {
        super("amountYen", "a payment of ¥" + amountYen + " exceeds the ¥" + outstandingYen
                + " still payable up to the " + limitedBy + " amount");
    }
}
