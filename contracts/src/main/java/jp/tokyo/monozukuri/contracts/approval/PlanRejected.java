package jp.tokyo.monozukuri.contracts.approval;

import java.time.LocalDate;
import java.util.List;

/** {@code plan.rejected}: 不承認 — the decision not to approve, with reasons and its document number. */
public record PlanRejected(String reviewId, String planId, int revision, String planTitle, List<String> reasons,
        String documentNumber, LocalDate decisionDate, String rejectedBy) {
}
