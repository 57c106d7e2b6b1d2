package jp.tokyo.monozukuri.grant.domain;

/**
 * The year has a document recorded and waiting for its number ({@link PendingDocument}): it takes no other step until
 * that document is issued, by the retry of the same request or by the service itself shortly after.
 */
public class DocumentInProgressException extends GrantRuleViolation {

    public DocumentInProgressException(String grantId, int fiscalYear, PendingDocument pending) {
        super(null, "fiscal year " + fiscalYear + " of grant " + grantId + " has a " + pending.kind()
                + " of " + pending.documentDate() + " being issued; only the same request completes it, every other"
                + " step waits until it is issued");
    }
}
