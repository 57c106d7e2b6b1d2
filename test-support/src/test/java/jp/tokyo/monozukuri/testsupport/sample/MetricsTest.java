package jp.tokyo.monozukuri.testsupport.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxRelay;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;

class MetricsTest extends SampleServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void publishedAndConsumedEventsAndDeadLettersShowInThePrometheusEndpointWithoutAToken() {
        http().post().uri("/api/ledgers/{code}/entries", TestTokens.EDOGAWA)
                .header("Authorization", TestTokens.municipality(TestTokens.EDOGAWA))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("amountYen", 10)).retrieve().toBodilessEntity();
        KafkaTopics.send("sample-events", "x", "garbage".getBytes(StandardCharsets.UTF_8), Map.of());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String metrics = prometheus();
            assertThat(value(metrics, "outbox_published_total\\{eventType=\"sample.recorded\"")).isPositive();
            assertThat(value(metrics, "events_consumed_total\\{eventType=\"sample.recorded\",outcome=\"handled\"")).isPositive();
            assertThat(value(metrics, "events_consumed_total\\{eventType=\"unreadable\",outcome=\"failed\"")).isPositive();
            assertThat(value(metrics, "dead_letter_records\\{topic=\"sample-events.sample-consumer.dlt\"")).isPositive();
        });
    }

    @Test
    void theOutboxBacklogGaugeRisesWhileEventsCannotBePublishedAndFallsAfter() {
        // Events held back (as while the broker is unreachable: a lease that has not run out yet).
        Date heldUntil = Date.from(Instant.now().plusSeconds(600));
        for (int i = 0; i < 5; i++) {
            mongo.save(new Document("_id", "held-" + i).append(OutboxRelay.OUTBOX, List.of(new Document("eventId", "e" + i)
                            .append("eventType", "sample.recorded").append("aggregateId", "held-" + i)
                            .append("json", "{}").append("createdAt", Date.from(Instant.now().minusSeconds(90)))))
                    .append(OutboxRelay.LEASE_UNTIL, heldUntil).append(OutboxRelay.LEASE_OWNER, "stuck"), "ledgers");
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String metrics = prometheus();
            assertThat(value(metrics, "outbox_pending\\{collection=\"ledgers\"")).isGreaterThanOrEqualTo(5);
            assertThat(value(metrics, "outbox_oldest_age_seconds\\{collection=\"ledgers\"")).isGreaterThanOrEqualTo(90);
        });

        // The way clears (the records are unreadable for the consumer and end in the dead-letter topic).
        mongo.updateMulti(new Query(Criteria.where("_id").regex("^held-")), new Update().unset(OutboxRelay.LEASE_UNTIL),
                "ledgers");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(value(prometheus(), "outbox_pending\\{collection=\"ledgers\"")).isZero());
    }

    private String prometheus() {
        return http().get().uri("/actuator/prometheus").retrieve().body(String.class);
    }

    /** The value of the first sample whose name and leading labels match {@code prefix}; -1 if none. */
    private static double value(String metrics, String prefix) {
        Matcher m = Pattern.compile("(?m)^" + prefix + "[^}]*} ([0-9.eE+-]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
