package jp.tokyo.monozukuri.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/** The event fixtures of {@code contracts} ({@code fixtures/<eventType>.json}), read as typed envelopes. */
public final class ContractFixtures {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private ContractFixtures() {
    }

    /** The fixture of an event type with its payload bound to the contract record. */
    public static EventEnvelope<?> event(String eventType) {
        return JSON.readValue(text(eventType), envelopeOf(EventPayloadTypes.of(eventType).orElseThrow()));
    }

    /** The fixture of an event type with some fields of its payload replaced (values as JSON would carry them). */
    public static EventEnvelope<?> eventWith(String eventType, java.util.Map<String, Object> payloadFields) {
        tools.jackson.databind.node.ObjectNode envelope = (tools.jackson.databind.node.ObjectNode) JSON.readTree(
                text(eventType));
        tools.jackson.databind.node.ObjectNode payload = (tools.jackson.databind.node.ObjectNode) envelope.get("payload");
        payloadFields.forEach((field, value) -> payload.set(field, JSON.valueToTree(value)));
        envelope.put("eventId", java.util.UUID.randomUUID().toString());
        return JSON.readValue(envelope.toString(), envelopeOf(EventPayloadTypes.of(eventType).orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    public static <P> EventEnvelope<P> event(String eventType, Class<P> payloadType) {
        return (EventEnvelope<P>) JSON.readValue(text(eventType), envelopeOf(payloadType));
    }

    /** The raw JSON of a fixture, as a producer would have put it on the topic. */
    public static String text(String eventType) {
        return resource("/fixtures/" + eventType + ".json");
    }

    public static String resource(String path) {
        try (InputStream in = ContractFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JavaType envelopeOf(Class<?> payloadType) {
        return JSON.getTypeFactory().constructParametricType(EventEnvelope.class, payloadType);
    }
}
