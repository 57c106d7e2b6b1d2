package jp.tokyo.monozukuri.contracts.grant;

import java.time.LocalDate;

/**
 * {@code grant.refund-due}: 返還 — the advances paid exceed the confirmed amount, and the municipality must repay the
 * difference by {@link #refundDueDate}. Raised by the amount confirmation whose {@link #documentNumber} it quotes.
 */
public record GrantRefundDue(String grantId, String planId, String municipalityCode, String municipalityName,
        String planTitle, int fiscalYear, String documentNumber, LocalDate confirmationDate,
        String decisionDocumentNumber, long confirmedAmountYen, long advancesPaidYen, long refundAmountYen,
        LocalDate refundDueDate) {
}
