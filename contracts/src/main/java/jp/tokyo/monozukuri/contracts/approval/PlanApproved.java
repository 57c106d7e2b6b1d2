package jp.tokyo.monozukuri.contracts.approval;

import java.time.LocalDate;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;

/**
 * {@code plan.approved}: 承認 — the approved revision, the decision date, the grant period (the plan's three
 * fiscal years) and the decision's document number, e.g. {@code 25産労商地第1号}.
 *
 * @param plan the approved revision exactly as it was submitted and reviewed, so that consumers (grant-service
 *             opening the grant, notification-service writing the notice) never ask plan-service for it; null
 *             only from producers older than this field
 */
public record PlanApproved(String reviewId, String planId, int revision, String planTitle, String municipalityName,
        String documentNumber, LocalDate decisionDate, int startFiscalYear, int endFiscalYear, String approvedBy,
        PlanRevision plan) {

    /** The first version of this payload, without the approved revision; kept so existing callers compile. */
    public PlanApproved(String reviewId, String planId, int revision, String planTitle, String municipalityName,
            String documentNumber, LocalDate decisionDate, int startFiscalYear, int endFiscalYear, String approvedBy) {
        this(reviewId, planId, revision, planTitle, municipalityName, documentNumber, decisionDate, startFiscalYear,
                endFiscalYear, approvedBy, null);
    }
}
