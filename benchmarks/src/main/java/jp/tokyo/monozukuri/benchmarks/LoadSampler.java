package jp.tokyo.monozukuri.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The 1-minute load average every few seconds while a phase runs: other work on the shared cores shows here. */
final class LoadSampler implements AutoCloseable {

    record Load(double min, double mean, double max) {
    }

    private final List<Double> samples = new ArrayList<>();
    private final Thread thread;

    LoadSampler() {
        thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                synchronized (samples) {
                    samples.add(Proc.loadAverage());
                }
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "load-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Load since the previous mark; starts a new window. */
    Load mark() {
        synchronized (samples) {
            samples.add(Proc.loadAverage());
            Load load = new Load(samples.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                    samples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
                    samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
            samples.clear();
            return load;
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
