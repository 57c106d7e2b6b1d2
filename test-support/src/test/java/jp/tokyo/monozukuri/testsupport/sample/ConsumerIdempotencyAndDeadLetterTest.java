package jp.tokyo.monozukuri.testsupport.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.infrastructure.events.EventJson;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

class ConsumerIdempotencyAndDeadLetterTest extends SampleServiceTest {

    private static final String TOPIC = "sample-events";
    private static final String DEAD_LETTERS = "sample-events.sample-consumer.dlt";

    @Autowired
    MongoTemplate mongo;

    @Test
    void theSameEventDeliveredTwiceChangesStateOnce() {
        String code = TestTokens.EDOGAWA;
        String json = EventJson.write(recorded(code, 300_000));

        KafkaTopics.send(TOPIC, code, json);
        KafkaTopics.send(TOPIC, code, json);
        String marker = EventJson.write(recorded(code, 1));
        KafkaTopics.send(TOPIC, code, marker);

        // The marker, sent after both copies on the same partition, is applied last.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Document tally = mongo.findById(code, Document.class, "tallies");
            assertThat(tally).isNotNull();
            assertThat(tally.getInteger("count")).isEqualTo(2);
            assertThat(tally.getLong("amountYen")).isEqualTo(300_001L);
        });
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String code = TestTokens.MITAKA;
        String garbage = "{not json at all " + UUID.randomUUID();
        KafkaTopics.send(TOPIC, code, garbage.getBytes(StandardCharsets.UTF_8), Map.of());
        KafkaTopics.send(TOPIC, code, EventJson.write(recorded(code, 42)));

        assertThat(KafkaTopics.await(DEAD_LETTERS, 1, r -> KafkaTopics.text(r).equals(garbage), Duration.ofSeconds(30)))
                .hasSize(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(amountTallied(code)).isEqualTo(42L));
    }

    @Test
    void anEventWhoseHandlerAlwaysFailsGoesToTheDeadLetterTopicAfterRetries() {
        String code = "132021"; // 立川市
        EventEnvelope<SampleApplication.Recorded> explosive = EventEnvelope.create(SampleApplication.EXPLODE,
                OffsetDateTime.now(), "sample", code, code, null, new SampleApplication.Recorded(code, 1));
        KafkaTopics.send(TOPIC, code, EventJson.write(explosive));
        KafkaTopics.send(TOPIC, code, EventJson.write(recorded(code, 7)));

        var dead = KafkaTopics.await(DEAD_LETTERS, 1,
                r -> KafkaTopics.text(r).contains(explosive.eventId().toString()), Duration.ofSeconds(60));
        assertThat(dead).hasSize(1);
        assertThat(KafkaTopics.header(dead.get(0), "x-exception-message")).contains("always fails");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(amountTallied(code)).isEqualTo(7L));
    }

    private Long amountTallied(String code) {
        Document tally = mongo.findById(code, Document.class, "tallies");
        return tally == null ? null : tally.getLong("amountYen");
    }

    private static EventEnvelope<SampleApplication.Recorded> recorded(String code, long amountYen) {
        return EventEnvelope.create(SampleApplication.RECORDED, OffsetDateTime.now(), "sample", code, code, null,
                new SampleApplication.Recorded(code, amountYen));
    }
}
