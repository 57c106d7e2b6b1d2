package jp.tokyo.monozukuri.contracts.grant;

import java.time.LocalDate;

/**
 * {@code grant.paid}: Tokyo paid the municipality part or all of a year's subsidy.
 *
 * @param kind               概算払 before the amount is confirmed, 精算払 after
 * @param totalPaidYen       everything paid for this year so far, this payment included
 * @param confirmedAmountYen null while the amount is not confirmed yet
 * @param outstandingYen     what remains to be paid up to the confirmed amount, or up to the decided amount while
 *                           none is confirmed
 */
public record GrantPaid(String grantId, String planId, String municipalityCode, String municipalityName,
        String planTitle, int fiscalYear, String paymentId, Kind kind, long amountYen, LocalDate paymentDate,
        long totalPaidYen, String decisionDocumentNumber, long decidedAmountYen, Long confirmedAmountYen,
        long outstandingYen) {

    public enum Kind {
        /** 概算払 — advance payment after the decision, never above the decided amount. */
        ADVANCE,
        /** 精算払 — payment after the amount confirmation, never above the confirmed amount. */
        SETTLEMENT
    }
}
