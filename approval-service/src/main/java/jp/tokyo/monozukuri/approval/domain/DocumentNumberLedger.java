package jp.tokyo.monozukuri.approval.domain;

/**
 * 文書番号簿 — hands out document numbers. Each fiscal year (and prefix) is one sequence 1, 2, 3 … without gaps
 * or duplicates, whatever the number of service replicas deciding at once.
 */
public interface DocumentNumberLedger {

    /**
     * The number of {@code reviewId} in the sequence of {@code fiscalYear}: the next free one the first time,
     * the same one on every later call, so that a decision retried after a failure never takes a second number.
     */
    DocumentNumber claim(String prefix, int fiscalYear, String reviewId);
}
