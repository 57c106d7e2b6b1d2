package jp.tokyo.monozukuri.infrastructure.events;

import java.nio.charset.StandardCharsets;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wire format of events: the envelope as UTF-8 JSON, dates as ISO-8601 strings. Unknown fields are
 * ignored so that adding a field stays compatible (DESIGN §3).
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(EventEnvelope<?> envelope) {
        return MAPPER.writeValueAsString(envelope);
    }

    /** Reads the envelope, keeping the payload as a tree until its type is known. */
    public static EventEnvelope<JsonNode> readEnvelope(byte[] json) {
        try {
            JavaType type = MAPPER.getTypeFactory().constructParametricType(EventEnvelope.class, JsonNode.class);
            EventEnvelope<JsonNode> envelope = MAPPER.readValue(json, type);
            if (envelope == null || envelope.payload() == null || envelope.payload().isNull()) {
                throw new MalformedEventException("event has no payload");
            }
            return envelope;
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("not an event envelope: " + e.getMessage()
                    + " (first bytes: " + preview(json) + ")", e);
        }
    }

    public static <P> EventEnvelope<P> withPayload(EventEnvelope<JsonNode> envelope, Class<P> payloadType) {
        try {
            P payload = MAPPER.treeToValue(envelope.payload(), payloadType);
            return new EventEnvelope<>(envelope.eventId(), envelope.eventType(), envelope.eventVersion(),
                    envelope.occurredAt(), envelope.producer(), envelope.aggregateId(), envelope.municipalityCode(),
                    envelope.correlationId(), payload);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new MalformedEventException("payload of " + envelope.eventType() + " " + envelope.eventId()
                    + " is not a " + payloadType.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Reads a whole envelope of a known payload type, e.g. a contract fixture. */
    public static <P> EventEnvelope<P> read(byte[] json, Class<P> payloadType) {
        return withPayload(readEnvelope(json), payloadType);
    }

    private static String preview(byte[] bytes) {
        if (bytes == null) {
            return "null";
        }
        String text = new String(bytes, 0, Math.min(bytes.length, 60), StandardCharsets.UTF_8);
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}
