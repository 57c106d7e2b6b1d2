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
