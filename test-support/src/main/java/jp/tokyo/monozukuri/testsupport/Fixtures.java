package jp.tokyo.monozukuri.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.infrastructure.events.EventJson;

/** The JSON fixtures of {@code contracts}: the shapes producer and consumer tests agree on. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The raw JSON of {@code fixtures/<eventType>.json}. */
    public static String json(String eventType) {
        return resource("fixtures/" + eventType + ".json");
    }

    public static <P> EventEnvelope<P> envelope(String eventType, Class<P> payloadType) {
        return EventJson.read(json(eventType).getBytes(StandardCharsets.UTF_8), payloadType);
    }

    public static String resource(String path) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
