package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;

/** 変更承認 — one re-decision of a year's amount, notified under its own document number. */
public record GrantChange(String documentNumber, LocalDate changeDate, long eligibleCostYen, long requestedAmountYen,
        long previousAmountYen, long amountYen, String reason, String changedBy) {
}
