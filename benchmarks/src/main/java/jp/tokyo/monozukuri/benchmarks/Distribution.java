package jp.tokyo.monozukuri.benchmarks;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles of a set of durations in milliseconds (nearest-rank), the way latency goals are stated. */
record Distribution(int count, double p50, double p95, double p99, double max, double mean) {

    static final Distribution EMPTY = new Distribution(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    static Distribution ofMillis(Collection<Double> millis) {
        if (millis.isEmpty()) {
            return EMPTY;
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Distribution(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(Double.NaN));
    }

    private static double rank(double[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
