package jp.tokyo.monozukuri.grant.domain;

/**
 * A requested or decided amount above what the program allows: min(annual cap, round_down(rate × eligible cost)),
 * and for a decision also the requested amount.
 */
public class AmountAboveLimitException extends GrantRuleViolation {

    public AmountAboveLimitException(String field, long amountYen, long limitYen) {
        super(field, field + " ¥" + amountYen + " exceeds the limit of ¥" + limitYen);
    }
}
