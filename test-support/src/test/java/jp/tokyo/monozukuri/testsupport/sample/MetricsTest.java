package jp.tokyo.monozukuri.testsupport.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxRelay;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.PrometheusScrape;
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

    private static final Map<String, String> RECORDED = Map.of("eventType", "sample.recorded");
    private static final Map<String, String> DEAD_LETTERS = Map.of("topic", "sample-events.sample-consumer.dlt");

    @Autowired
    MongoTemplate mongo;

    @Test
    void publishedAndConsumedEventsAndDeadLettersMoveTheirMetricsInThePrometheusEndpointWithoutAToken() {
        // given what the endpoint says before
        PrometheusScrape before = scrape();
        double published = before.sum("outbox_published_total", RECORDED);
        double handled = before.sum("events_consumed_total", Map.of("eventType", "sample.recorded", "outcome", "handled"));
        double unreadable = before.sum("events_consumed_total", Map.of("eventType", "unreadable", "outcome", "failed"));
        double deadLetters = before.sum("dead_letter_records", DEAD_LETTERS);

        // when an entry is recorded (one event through the outbox) and a garbage record arrives
        http().post().uri("/api/ledgers/{code}/entries", TestTokens.EDOGAWA)
                .header("Authorization", TestTokens.municipality(TestTokens.EDOGAWA))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("amountYen", 10)).retrieve().toBodilessEntity();
        KafkaTopics.send("sample-events", "x", "garbage".getBytes(StandardCharsets.UTF_8), Map.of());

        // then each counter moves, every series names the service, and the consumer group's lag is exported
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            PrometheusScrape after = scrape();
            assertThat(after.sum("outbox_published_total", RECORDED)).isGreaterThan(published);
            assertThat(after.sum("events_consumed_total", Map.of("eventType", "sample.recorded", "outcome", "handled")))
                    .isGreaterThan(handled);
            assertThat(after.sum("events_consumed_total", Map.of("eventType", "unreadable", "outcome", "failed")))
                    .isGreaterThan(unreadable);
            assertThat(after.sum("dead_letter_records", DEAD_LETTERS)).isGreaterThan(deadLetters);
            assertThat(after.sum("dead_letter_pending", DEAD_LETTERS)).isPositive();
            assertThat(after.has("spring_cloud_stream_binder_kafka_offset",
                    Map.of("group", "sample-consumer", "topic", "sample-events"))).isTrue();
            assertThat(after.samples("outbox_published_total"))
                    .allSatisfy(sample -> assertThat(sample.labels()).containsEntry("application", "sample"));
            assertThat(after.sum("service_ready", Map.of())).isEqualTo(1.0);
        });
    }

    @Test
    void theOutboxBacklogGaugesShowEventsHeldBackAndClearWhenTheyAreSent() {
        // given events held back by a lease that has not run out (a replica stuck in a send)
        Date heldUntil = Date.from(Instant.now().plusSeconds(600));
        for (int i = 0; i < 5; i++) {
            mongo.save(new Document("_id", "held-" + i).append(OutboxRelay.OUTBOX, List.of(new Document("eventId", "e" + i)
                            .append("eventType", "sample.recorded").append("aggregateId", "held-" + i)
                            .append("json", "{}").append("createdAt", Date.from(Instant.now().minusSeconds(90)))))
                    .append(OutboxRelay.LEASE_UNTIL, heldUntil).append(OutboxRelay.LEASE_OWNER, "stuck"), "ledgers");
        }
        Map<String, String> ledgers = Map.of("collection", "ledgers");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            PrometheusScrape metrics = scrape();
            assertThat(metrics.sum("outbox_pending", ledgers)).isGreaterThanOrEqualTo(5);
            assertThat(metrics.sum("outbox_oldest_age_seconds", ledgers)).isGreaterThanOrEqualTo(90);
        });

        // when the lease ends (the records are unreadable for the consumer and end in the dead-letter topic)
        mongo.updateMulti(new Query(Criteria.where("_id").regex("^held-")), new Update().unset(OutboxRelay.LEASE_UNTIL),
                "ledgers");

        // then the backlog is gone
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(scrape().sum("outbox_pending", ledgers)).isZero());
    }

    @Test
    void aDomainGaugeFollowsTheStoreOnItsSchedule() {
        // given 渋谷区 without a ledger, and the gauge sampled since
        String shibuya = "131130";
        mongo.remove(new Query(Criteria.where("_id").is(shibuya)), "ledgers");
        long ledgers = mongo.getCollection("ledgers").countDocuments();
        Map<String, String> kind = Map.of("kind", "ledger");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(scrape().sum("sample_ledgers", kind)).isEqualTo(ledgers));

        // when 渋谷区 records its first entry
        http().post().uri("/api/ledgers/{code}/entries", shibuya)
                .header("Authorization", TestTokens.municipality(shibuya))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("amountYen", 500)).retrieve().toBodilessEntity();

        // then a later sample counts one ledger more
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(scrape().sum("sample_ledgers", kind)).isEqualTo(ledgers + 1));
    }

    private PrometheusScrape scrape() {
        return PrometheusScrape.of(management().get().uri("/actuator/prometheus").retrieve().body(String.class));
    }
}
