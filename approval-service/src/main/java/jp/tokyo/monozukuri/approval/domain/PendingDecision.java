package jp.tokyo.monozukuri.approval.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;

/**
 * 決裁中 — a decision the approver has taken, recorded on the review before its document number is claimed.
 * While it is pending the review can only be completed with this decision, which is what keeps document
 * numbers gap-free: a number claimed for the review is always used by it, even after a crash or a retry.
 *
 * @param decisionDate the date the approver decided, in Tokyo; it also fixes the fiscal year of the number
 */
public record PendingDecision(DecisionKind kind, String decidedBy, LocalDate decisionDate, List<String> reasons,
        OffsetDateTime decidedAt) {

    public PendingDecision {
        reasons = List.copyOf(reasons);
    }

    /** 年度 of the decision: the series its document number comes from. */
    public int fiscalYear() {
        return JapaneseCalendar.fiscalYearOf(decisionDate);
    }

    boolean isRepeatedBy(DecisionKind otherKind, String person) {
        return kind == otherKind && decidedBy.equals(person);
    }
}
