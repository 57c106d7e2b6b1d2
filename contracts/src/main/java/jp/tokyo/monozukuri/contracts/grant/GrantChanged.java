package jp.tokyo.monozukuri.contracts.grant;

import java.time.LocalDate;

/**
 * {@code grant.changed}: 変更承認 — the decided amount of a year was re-decided. The change notice has its own
 * {@link #documentNumber} and refers to the original decision by {@link #decisionDocumentNumber}.
 *
 * @param previousAmountYen the decided amount before this change
 * @param decidedAmountYen  the decided amount from now on
 */
public record GrantChanged(String grantId, String planId, String municipalityCode, String municipalityName,
        String planTitle, int fiscalYear, String documentNumber, LocalDate changeDate, String decisionDocumentNumber,
        LocalDate decisionDate, long eligibleCostYen, long requestedAmountYen, long previousAmountYen,
        long decidedAmountYen, String reason, LocalDate reportDueDate, String changedBy) {
}
