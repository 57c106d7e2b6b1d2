package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;

/** A payment of Tokyo to the municipality for one year. */
public record Payment(String paymentId, PaymentKind kind, long amountYen, LocalDate paymentDate, String recordedBy) {
}
