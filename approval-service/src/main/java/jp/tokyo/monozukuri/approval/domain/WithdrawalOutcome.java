package jp.tokyo.monozukuri.approval.domain;

/** What a review made of a municipality's request to withdraw its plan. */
public enum WithdrawalOutcome {
    /** 取下げ受理 — nothing was decided: the review is WITHDRAWN. */
    ACCEPTED,
    /** The decision was made or in progress: it stands. */
    REFUSED,
    /** This request was handled before (or the review is already withdrawn): nothing changes. */
    ALREADY_HANDLED
}
