package jp.tokyo.monozukuri.grant.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 起案中 — a formal document Tokyo decided to issue (交付決定, 変更承認, 額の確定), every rule of its step passed,
 * recorded on the year before its document number is taken. While it is pending the year takes no other step and
 * can only be completed with exactly this document: a number once taken is always used by it, after a failure, a
 * crash or a retry, so the series has no gaps (approval-service keeps its decisions the same way).
 *
 * @param kind        which document
 * @param documentDate its date, which also fixes the fiscal year of its number
 * @param recordedAt  when it was recorded, so that one left pending by a failure is completed later
 */
public record PendingDocument(DocumentSubject.Kind kind, LocalDate documentDate, long amountYen,
        List<String> conditions, LocalDate reportDueDate, long eligibleCostYen, long requestedAmountYen,
        String reason, String by, Instant recordedAt) {

    public PendingDocument {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    static PendingDocument decision(DecisionTerms terms, Instant recordedAt) {
        return new PendingDocument(DocumentSubject.Kind.DECISION, terms.decisionDate(), terms.amountYen(),
                terms.conditions(), terms.reportDueDate(), 0, 0, null, terms.decidedBy(), recordedAt);
    }

    static PendingDocument change(ChangeTerms terms, Instant recordedAt) {
        return new PendingDocument(DocumentSubject.Kind.CHANGE, terms.changeDate(), terms.amountYen(), List.of(),
                null, terms.eligibleCostYen(), terms.requestedAmountYen(), terms.reason(), terms.changedBy(),
                recordedAt);
    }

    static PendingDocument confirmation(LocalDate confirmationDate, String confirmedBy, Instant recordedAt) {
        return new PendingDocument(DocumentSubject.Kind.CONFIRMATION, confirmationDate, 0, List.of(), null, 0, 0,
                null, confirmedBy, recordedAt);
    }

    /** The same document asked for again (a retry): everything but the time it was recorded is equal. */
    boolean isRepeatedBy(PendingDocument other) {
        return kind == other.kind && documentDate.equals(other.documentDate) && amountYen == other.amountYen
                && conditions.equals(other.conditions) && Objects.equals(reportDueDate, other.reportDueDate)
                && eligibleCostYen == other.eligibleCostYen && requestedAmountYen == other.requestedAmountYen
                && Objects.equals(reason, other.reason) && Objects.equals(by, other.by);
    }
}
