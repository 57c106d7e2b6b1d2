package jp.tokyo.monozukuri.contracts;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * The one envelope every event travels in. The Kafka record key is {@link #aggregateId()}, so the
 * events of one plan or grant stay in order.
 *
 * @param <P> the payload record of {@link #eventType()}
 */
public record EventEnvelope<P>(
        UUID eventId,
        String eventType,
        int eventVersion,
        OffsetDateTime occurredAt,
        String producer,
        String aggregateId,
        String municipalityCode,
        String correlationId,
        P payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(aggregateId, "aggregateId");
        if (eventVersion < 1) {
            throw new IllegalArgumentException("eventVersion must be at least 1");
        }
    }

    /** A new event with a fresh id, version 1. */
    public static <P> EventEnvelope<P> create(String eventType, OffsetDateTime occurredAt, String producer,
            String aggregateId, String municipalityCode, String correlationId, P payload) {
        return new EventEnvelope<>(UUID.randomUUID(), eventType, 1, occurredAt, producer, aggregateId,
                municipalityCode, correlationId, payload);
    }
}
