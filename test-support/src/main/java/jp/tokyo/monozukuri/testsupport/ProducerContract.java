package jp.tokyo.monozukuri.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.tokyo.monozukuri.infrastructure.events.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * The producer's side of an event contract: what a service published has the shape of the event type's fixture in
 * {@code contracts}, which the consumers' tests are written against. One check for every producer.
 */
public final class ProducerContract {

    private ProducerContract() {
    }

    /** {@code produced} (a whole envelope, as read from the topic or written by the outbox) matches its fixture. */
    public static void assertMatchesFixture(String eventType, String produced) {
        assertMatchesFixture(eventType, EventJson.mapper().readTree(produced));
    }

    public static void assertMatchesFixture(String eventType, JsonNode produced) {
        JsonNode fixture = EventJson.mapper().readTree(Fixtures.json(eventType));
        assertThat(produced.path("eventType").asString()).as("eventType").isEqualTo(eventType);
        assertSameShape(fixture, produced, eventType);
    }

    /**
     * Same field names at every level; arrays' elements shaped like the fixture's first element; scalars of the
     * same JSON type where both are present.
     */
    private static void assertSameShape(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            assertThat(actual.isObject()).as("%s is an object", path).isTrue();
            assertThat(names(actual)).as("fields of %s", path).containsExactlyInAnyOrderElementsOf(names(expected));
            names(expected).forEach(name -> assertSameShape(expected.get(name), actual.get(name), path + "/" + name));
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as("%s is an array", path).isTrue();
            if (!expected.isEmpty()) {
                for (int i = 0; i < actual.size(); i++) {
                    assertSameShape(expected.get(0), actual.get(i), path + "/" + i);
                }
            }
        } else if (!expected.isNull() && !actual.isNull()) {
            assertThat(actual.getNodeType()).as("JSON type of %s", path).isEqualTo(expected.getNodeType());
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
