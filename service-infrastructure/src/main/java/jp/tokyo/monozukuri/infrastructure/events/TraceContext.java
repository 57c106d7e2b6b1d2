package jp.tokyo.monozukuri.infrastructure.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The W3C trace context ({@code traceparent}) of the work in hand, so that one plan can be followed across all four
 * services: carried into the outbox entries the work writes, onto the Kafka records the relay sends and the log
 * lines ({@code traceId} in the MDC).
 *
 * <p>Normally Micrometer Tracing keeps it: an HTTP request or a Kafka record opens a span (continuing the trace of
 * the incoming {@code traceparent}) and puts {@code traceId}/{@code spanId} in the MDC; {@link #current()} then
 * answers that span. The OpenTelemetry API is read directly because its current span is per thread and the same for
 * every Spring context, which lets static code such as {@code OutboxEntry.of} ask for it. Where no span is open
 * (tracing switched off with {@code management.tracing.export.enabled=false}), {@link #begin}/{@link #end} keep a
 * trace of their own on the thread, as before Micrometer Tracing was adopted.
 */
public final class TraceContext {

    public static final String HEADER = "traceparent";
    public static final String MDC_TRACE_ID = "traceId";

    private static final Pattern VALID = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<String> OWN = new ThreadLocal<>();

    private TraceContext() {
    }

    /**
     * Continues the trace of {@code incoming} on this thread unless a span already carries it (the usual case, when
     * an observation opened one); returns the traceparent now current. Pair with {@link #end()}.
     */
    public static String begin(String incoming) {
        Optional<String> spanned = ofCurrentSpan();
        if (spanned.isPresent()) {
            return spanned.get();
        }
        String traceId = traceIdOf(incoming).orElseGet(() -> hex(16));
        String traceparent = "00-" + traceId + "-" + hex(8) + "-01";
        OWN.set(traceparent);
        MDC.put(MDC_TRACE_ID, traceId);
        return traceparent;
    }

    /** Ends what {@link #begin} started; a span's trace is the tracer's to end. */
    public static void end() {
        if (OWN.get() != null) {
            OWN.remove();
            MDC.remove(MDC_TRACE_ID);
        }
    }

    /**
     * The traceparent of the current span, or of the trace {@link #begin} started on this thread; otherwise a new
     * trace (work that no request or record started, such as a scheduled job without a span).
     */
    public static String current() {
        return ofCurrentSpan().orElseGet(() -> {
            String own = OWN.get();
            return own != null ? own : "00-" + hex(16) + "-" + hex(8) + "-01";
        });
    }

    public static Optional<String> traceIdOf(String traceparent) {
        return traceparent != null && VALID.matcher(traceparent).matches()
                ? Optional.of(traceparent.substring(3, 35))
                : Optional.empty();
    }

    private static Optional<String> ofCurrentSpan() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return Optional.empty();
        }
        return Optional.of("00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex());
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
