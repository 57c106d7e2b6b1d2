package jp.tokyo.monozukuri.plan.domain;

import java.util.Optional;

/** 取下げ不可 — Tokyo has already decided the plan (承認 or 不承認): the decision stands. */
public class WithdrawalTooLateException extends RuntimeException {

    private final PlanStatus status;
    private final String documentNumber;

    public WithdrawalTooLateException(String planId, PlanStatus status, Decision decision) {
        super("plan " + planId + " was already " + (status == PlanStatus.APPROVED ? "approved" : "rejected")
                + (decision == null || decision.documentNumber() == null ? "" : " under " + decision.documentNumber())
                + "; a decided plan cannot be withdrawn");
        this.status = status;
        this.documentNumber = decision == null ? null : decision.documentNumber();
    }

    public PlanStatus status() {
        return status;
    }

    public Optional<String> documentNumber() {
        return Optional.ofNullable(documentNumber);
    }
}
