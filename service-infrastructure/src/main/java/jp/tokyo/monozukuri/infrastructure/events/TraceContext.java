package jp.tokyo.monozukuri.infrastructure.events;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The W3C trace context ({@code traceparent}) of the work in hand: taken from an incoming HTTP request or
 * Kafka record, or started anew, carried into the outbox entries the work writes, and put on the log lines
 * ({@code traceId} in the MDC), so that one plan can be followed across all four services.
 */
public final class TraceContext {

    public static final String HEADER = "traceparent";
    public static final String MDC_TRACE_ID = "traceId";

    private static final Pattern VALID = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TraceContext() {
    }

    /** Continues the trace of {@code incoming} with a new span, or starts a new trace if it is absent or invalid. */
    public static String begin(String incoming) {
        String traceId = incoming != null && VALID.matcher(incoming).matches()
                ? incoming.substring(3, 35)
                : hex(16);
        String traceparent = "00-" + traceId + "-" + hex(8) + "-01";
        CURRENT.set(traceparent);
        MDC.put(MDC_TRACE_ID, traceId);
        return traceparent;
    }

    public static void end() {
        CURRENT.remove();
        MDC.remove(MDC_TRACE_ID);
    }

    /** The current traceparent, starting a trace if none is in hand. */
    public static String current() {
        String traceparent = CURRENT.get();
        return traceparent != null ? traceparent : begin(null);
    }

    public static Optional<String> traceIdOf(String traceparent) {
        return traceparent != null && VALID.matcher(traceparent).matches()
                ? Optional.of(traceparent.substring(3, 35))
                : Optional.empty();
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
