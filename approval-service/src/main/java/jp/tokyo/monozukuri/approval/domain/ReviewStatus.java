package jp.tokyo.monozukuri.approval.domain;

/** The states of a {@link Review}; which action leads where is decided in {@link ReviewAction} alone. */
public enum ReviewStatus {
    /** 受付 — received from plan-service, no reviewer yet. */
    PENDING,
    /** 審査中 — a reviewer has taken it up. */
    IN_REVIEW,
    /** 差戻し — sent back to the municipality with reasons; a resubmission opens the next review. */
    RETURNED,
    /** 承認相当 — the reviewer recommends approval; an approver decides. */
    RECOMMENDED,
    /** 承認 — approved, with a document number. */
    APPROVED,
    /** 不承認 — not approved, with reasons and a document number. */
    REJECTED,
    /** 取下げ — the municipality withdrew the plan while the review was open. */
    WITHDRAWN;

    /** Open reviews are the ones a withdrawal can still close. */
    public boolean isOpen() {
        return this == PENDING || this == IN_REVIEW || this == RECOMMENDED;
    }
}
