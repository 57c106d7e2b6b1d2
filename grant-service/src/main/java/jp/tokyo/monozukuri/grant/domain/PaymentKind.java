package jp.tokyo.monozukuri.grant.domain;

/** A payment is an advance until the amount is confirmed, a settlement after. */
public enum PaymentKind {
    /** 概算払 */
    ADVANCE,
    /** 精算払 */
    SETTLEMENT
}
