package jp.tokyo.monozukuri.grant.domain;

/** A per-project breakdown whose costs do not add up to the total it breaks down. */
public class BreakdownMismatchException extends GrantRuleViolation {

    public BreakdownMismatchException(String field, long sumYen, String totalField, long totalYen) {
        super(field, field + " adds up to ¥" + sumYen + " but " + totalField + " is ¥" + totalYen);
    }
}
