package jp.tokyo.monozukuri.infrastructure.events;

/**
 * A bean whose {@code @Scheduled} methods poll (the outbox relay, the metric samplers, a dispatcher of stored work).
 * Their runs are not observed: each run would otherwise be a trace of its own, several a second, hiding the traces
 * that matter. The work a poller finds continues the trace stored with it ({@link TraceSpans}).
 */
public interface PollingTask {
}
