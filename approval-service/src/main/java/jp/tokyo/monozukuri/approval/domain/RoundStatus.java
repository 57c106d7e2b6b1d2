package jp.tokyo.monozukuri.approval.domain;

/** An approval round is composed, then published exactly once. */
public enum RoundStatus {
    /** 作成済 — composed, not yet announced. */
    DRAFT,
    /** 公表済 — announced; the press release is rendered from its publication. */
    PUBLISHED
}
