package jp.tokyo.monozukuri.infrastructure.outbox;

import java.time.Instant;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.infrastructure.events.EventJson;
import jp.tokyo.monozukuri.infrastructure.events.TraceContext;

/**
 * An event waiting in an aggregate's {@code outbox} array. It is written in the same single-document update
 * as the state change that caused it, and removed by the {@link OutboxRelay} once the broker acknowledged it.
 *
 * @param json the whole envelope exactly as it goes on the wire
 */
public record OutboxEntry(String eventId, String eventType, String aggregateId, String json, String traceparent,
        Instant createdAt) {

    public static OutboxEntry of(EventEnvelope<?> envelope) {
        return new OutboxEntry(envelope.eventId().toString(), envelope.eventType(), envelope.aggregateId(),
                EventJson.write(envelope), TraceContext.current(), envelope.occurredAt().toInstant());
    }
}
