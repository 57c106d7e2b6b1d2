package jp.tokyo.monozukuri.contracts.grant;

import java.time.LocalDate;

/**
 * {@code grant.confirmed}: 額の確定 — the year's subsidy is fixed from the 実績報告: min(decided amount, annual cap,
 * rate × (eligible actual cost − other revenue) rounded down). The notice (額確定通知書) carries
 * {@link #documentNumber}.
 *
 * @param advancesPaidYen  概算払 already paid
 * @param amountPayableYen what Tokyo still pays (confirmed − advances, never negative)
 * @param refundDueYen     what the municipality repays (advances − confirmed, never negative); a
 *                         {@code grant.refund-due} follows when this is not zero
 */
public record GrantConfirmed(String grantId, String planId, String municipalityCode, String municipalityName,
        String planTitle, int fiscalYear, String documentNumber, LocalDate confirmationDate,
        String decisionDocumentNumber, long decidedAmountYen, long actualCostYen, long eligibleActualCostYen,
        long otherRevenueYen, long confirmedAmountYen, long advancesPaidYen, long amountPayableYen,
        long refundDueYen, String confirmedBy) {
}
