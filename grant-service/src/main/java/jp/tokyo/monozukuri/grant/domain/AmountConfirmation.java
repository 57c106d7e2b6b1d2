package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;

/**
 * 額の確定 — the year's subsidy fixed from the report.
 *
 * @param advancesPaidYen what had been paid in advance when the amount was confirmed
 * @param refundDueYen    advances above the confirmed amount, to be repaid by {@code refundDueDate}; zero if none
 * @param refundDueDate   null when nothing is to be repaid
 */
public record AmountConfirmation(String documentNumber, LocalDate confirmationDate, long amountYen,
        long advancesPaidYen, long refundDueYen, LocalDate refundDueDate, String confirmedBy) {
}
