package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;

/** 返還 — money the municipality paid back because its advances exceeded the confirmed amount. */
public record Refund(LocalDate refundDate, long amountYen, String recordedBy) {

    public Refund {
        Amounts.requireDate("refundDate", refundDate);
        Amounts.requirePositive("amountYen", amountYen);
        Amounts.requireText("recordedBy", recordedBy);
    }
}
