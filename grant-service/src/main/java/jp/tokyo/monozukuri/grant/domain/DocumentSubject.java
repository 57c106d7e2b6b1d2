package jp.tokyo.monozukuri.grant.domain;

/**
 * What a document number is issued for. Asking twice for the same subject gives the same number, so a retried
 * decision neither burns a number nor gets a second one.
 *
 * @param ordinal 1 for the decision and the confirmation; the n-th change approval of the year for a change
 */
public record DocumentSubject(String grantId, int fiscalYear, Kind kind, int ordinal) {

    public enum Kind {
        /** 交付決定通知 */
        DECISION,
        /** 変更承認通知 */
        CHANGE,
        /** 額確定通知 */
        CONFIRMATION
    }

    /** A stable key, e.g. {@code grant-plan-shinagawa-2014/2014/CHANGE/2}. */
    public String key() {
        return grantId + "/" + fiscalYear + "/" + kind + "/" + ordinal;
    }
}
