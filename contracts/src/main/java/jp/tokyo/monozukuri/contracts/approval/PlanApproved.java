package jp.tokyo.monozukuri.contracts.approval;

import java.time.LocalDate;

/**
 * {@code plan.approved}: 承認 — the approved revision, the decision date, the grant period (the plan's three
 * fiscal years) and the decision's document number, e.g. {@code 25産労商地第1号}.
 */
public record PlanApproved(String reviewId, String planId, int revision, String planTitle, String municipalityName,
        String documentNumber, LocalDate decisionDate, int startFiscalYear, int endFiscalYear, String approvedBy) {
}
