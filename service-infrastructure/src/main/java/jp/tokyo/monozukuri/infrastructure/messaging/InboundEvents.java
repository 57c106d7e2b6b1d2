package jp.tokyo.monozukuri.infrastructure.messaging;

import io.micrometer.core.instrument.Metrics;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.infrastructure.events.EventJson;
import jp.tokyo.monozukuri.infrastructure.events.MalformedEventException;
import jp.tokyo.monozukuri.infrastructure.events.TraceContext;
import jp.tokyo.monozukuri.infrastructure.outbox.EventHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.messaging.Message;
import tools.jackson.databind.JsonNode;

/**
 * Builds the {@code Consumer<Message<byte[]>>} of a Spring Cloud Stream input binding: it reads the envelope,
 * routes it by {@code eventType} to a typed handler, and puts the event's identity and trace on every log
 * line the handler writes. Events of types nobody here handles are skipped: a topic carries the events of
 * every consumer. Unreadable records throw {@link jp.tokyo.monozukuri.infrastructure.events.MalformedEventException},
 * which the binder sends to the dead-letter topic without retrying; any other failure is retried with
 * backoff and then dead-lettered.
 *
 * <p>Handlers must be idempotent: delivery is at least once. Use {@link OnlyOnce} or an aggregate that
 * records the ids of the events it applied.
 */
public final class InboundEvents implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);
    private static final String CONSUMED = "events.consumed";

    private static final HandledEvents NO_ONE = new HandledEvents() {
        @Override
        public void handled(EventEnvelope<JsonNode> envelope) {
        }

        @Override
        public void failed(EventEnvelope<JsonNode> envelope, RuntimeException failure) {
        }
    };

    private final Map<String, Route<?>> routes;
    private volatile HandledEvents listener = NO_ONE;

    private InboundEvents(Map<String, Route<?>> routes) {
        this.routes = Map.copyOf(routes);
        // Every series from the start, so that rates and alerts see a zero rather than nothing.
        for (String eventType : this.routes.keySet()) {
            Metrics.counter(CONSUMED, "eventType", eventType, "outcome", "handled");
            Metrics.counter(CONSUMED, "eventType", eventType, "outcome", "failed");
        }
        Metrics.counter(CONSUMED, "eventType", "unreadable", "outcome", "failed");
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void accept(Message<byte[]> message) {
        String traceparent = header(message, EventHeaders.TRACEPARENT);
        TraceContext.begin(traceparent);
        try {
            EventEnvelope<JsonNode> envelope = read(message);
            MDC.put("eventId", envelope.eventId().toString());
            MDC.put("eventType", envelope.eventType());
            MDC.put("aggregateId", envelope.aggregateId());
            if (envelope.municipalityCode() != null) {
                MDC.put("municipalityCode", envelope.municipalityCode());
            }
            Route<?> route = routes.get(envelope.eventType());
            if (route == null) {
                log.debug("skipping {} {}: not handled here", envelope.eventType(), envelope.eventId());
                return;
            }
            try {
                route.handle(envelope);
            } catch (RuntimeException e) {
                count(envelope.eventType(), "failed");
                log.warn("handling {} {} failed: {}", envelope.eventType(), envelope.eventId(), e.toString());
                listener.failed(envelope, e);
                throw e;
            }
            count(envelope.eventType(), "handled");
            log.info("{} {} handled", envelope.eventType(), envelope.eventId());
            listener.handled(envelope);
        } finally {
            MDC.remove("eventId");
            MDC.remove("eventType");
            MDC.remove("aggregateId");
            MDC.remove("municipalityCode");
            TraceContext.end();
        }
    }

    private static EventEnvelope<JsonNode> read(Message<byte[]> message) {
        try {
            return EventJson.readEnvelope(message.getPayload());
        } catch (MalformedEventException e) {
            count("unreadable", "failed");
            throw e;
        }
    }

    /** Tells {@code listener} (the service's event audit) of every event a handler takes from now on. */
    public void reportTo(HandledEvents listener) {
        this.listener = listener;
    }

    /** {@code events.consumed}: events a handler took, by type and outcome (handled, failed). */
    private static void count(String eventType, String outcome) {
        Metrics.counter(CONSUMED, "eventType", eventType, "outcome", outcome).increment();
    }

    private static String header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    private record Route<P>(Class<P> payloadType, Consumer<EventEnvelope<P>> handler) {
        void handle(EventEnvelope<JsonNode> envelope) {
            handler.accept(EventJson.withPayload(envelope, payloadType));
        }
    }

    public static final class Builder {

        private final Map<String, Route<?>> routes = new LinkedHashMap<>();

        public <P> Builder on(String eventType, Class<P> payloadType, Consumer<EventEnvelope<P>> handler) {
            if (routes.putIfAbsent(eventType, new Route<>(payloadType, handler)) != null) {
                throw new IllegalArgumentException("two handlers for " + eventType);
            }
            return this;
        }

        public InboundEvents build() {
            return new InboundEvents(routes);
        }
    }
}
