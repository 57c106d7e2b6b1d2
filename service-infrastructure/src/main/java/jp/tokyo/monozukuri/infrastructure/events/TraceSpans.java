package jp.tokyo.monozukuri.infrastructure.events;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Resumes a trace that was stored rather than received: work done later by a poller (the outbox relay publishing an
 * event, the notice dispatcher sending a mail) runs in a span whose parent is the {@code traceparent} kept with the
 * work, so that one trace still runs from the HTTP request through Kafka to the SMTP send. Without a tracer (tracing
 * switched off) the stored trace is continued on the thread by {@link TraceContext} alone.
 */
public class TraceSpans {

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceSpans(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Tracing switched off: only {@link TraceContext} carries the trace. */
    public static TraceSpans untraced() {
        return new TraceSpans(Tracer.NOOP, Propagator.NOOP);
    }

    /**
     * Runs {@code work} in a new span named {@code name}, a child of {@code traceparent} (a new trace if it is absent
     * or not a valid W3C traceparent), with {@code tags} on the span.
     */
    public <T> T inSpan(String name, String traceparent, Map<String, String> tags, Supplier<T> work) {
        if (tracer == Tracer.NOOP) {
            TraceContext.begin(traceparent);
            try {
                return work.get();
            } finally {
                TraceContext.end();
            }
        }
        Span.Builder builder = propagator.extract(traceparent,
                (carrier, key) -> TraceContext.HEADER.equals(key) && TraceContext.traceIdOf(carrier).isPresent()
                        ? carrier : null);
        builder.name(name);
        tags.forEach(builder::tag);
        Span span = builder.start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } catch (RuntimeException | Error e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    public void inSpan(String name, String traceparent, Map<String, String> tags, Runnable work) {
        inSpan(name, traceparent, tags, () -> {
            work.run();
            return null;
        });
    }
}
