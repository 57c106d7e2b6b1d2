package jp.tokyo.monozukuri.infrastructure.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import jp.tokyo.monozukuri.testsupport.sample.SampleApplication;
import jp.tokyo.monozukuri.testsupport.sample.SampleServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;

class OutboxRelayTest extends SampleServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OutboxRelay relay;

    @Test
    void anEventWrittenWithItsStateChangeIsPublishedWithKeyAndHeadersThenRemoved() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        Map<?, ?> created = http().post().uri("/api/ledgers/{code}/entries", TestTokens.SHINAGAWA)
                .header("Authorization", TestTokens.municipality(TestTokens.SHINAGAWA))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("amountYen", 1_000_000))
                .retrieve().body(Map.class);
        String eventId = (String) created.get("eventId");

        List<ConsumerRecord<String, byte[]>> published = KafkaTopics.await("sample-events", 1,
                r -> eventId.equals(KafkaTopics.header(r, EventHeaders.EVENT_ID)), Duration.ofSeconds(30));

        ConsumerRecord<String, byte[]> record = published.get(0);
        assertThat(record.key()).isEqualTo(TestTokens.SHINAGAWA);
        assertThat(KafkaTopics.header(record, EventHeaders.EVENT_TYPE)).isEqualTo("sample.recorded");
        assertThat(KafkaTopics.header(record, EventHeaders.TRACEPARENT)).startsWith("00-" + traceId + "-");
        assertThat(KafkaTopics.text(record)).contains("\"eventId\":\"" + eventId + "\"", "\"amountYen\":1000000");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mongo.findById(TestTokens.SHINAGAWA, Document.class, "ledgers")
                        .getList("outbox", Object.class)).isEmpty());
    }

    @Test
    void aCrashBetweenPublishAndRemoveRepublishesAndTheConsumerStillAppliesItOnce() {
        String code = TestTokens.HACHIOJI;
        // Given a ledger whose event is pending, claimed by a replica ...
        Document ledger = pendingLedgerLeasedByAnotherReplica(code, 5_000);
        String eventId = ledger.getList(OutboxRelay.OUTBOX, Document.class).get(0).getString("eventId");

        // ... which publishes the event and crashes before removing it (its lease then runs out).
        relay.publish(ledger);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(code)),
                new Update().set(OutboxRelay.LEASE_UNTIL, Date.from(Instant.now().minusSeconds(1))), "ledgers");

        // Then another pass publishes it again and removes it, and the consumer counts it once.
        assertThat(KafkaTopics.await("sample-events", 2,
                r -> eventId.equals(KafkaTopics.header(r, EventHeaders.EVENT_ID)), Duration.ofSeconds(30)))
                .hasSize(2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Document tally = mongo.findById(code, Document.class, "tallies");
            assertThat(tally).isNotNull();
            assertThat(tally.getList("appliedEventIds", String.class)).containsOnlyOnce(eventId);
            assertThat(mongo.findById(code, Document.class, "ledgers").getList(OutboxRelay.OUTBOX, Object.class))
                    .isEmpty();
        });
        // Leave a second application time to happen before the final check.
        await().pollDelay(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(mongo.findById(code, Document.class, "tallies").getInteger("count")).isEqualTo(1));
        assertThat(mongo.findById(code, Document.class, "tallies").getLong("amountYen")).isEqualTo(5_000L);
    }

    private Document pendingLedgerLeasedByAnotherReplica(String code, long amountYen) {
        OutboxEntry entry = OutboxEntry.of(EventEnvelope.create(SampleApplication.RECORDED, OffsetDateTime.now(),
                "sample", code, code, null, new SampleApplication.Recorded(code, amountYen)));
        Document ledger = new Document("_id", code).append("entries", 1)
                .append(OutboxRelay.OUTBOX, List.of(new Document("eventId", entry.eventId())
                        .append("eventType", entry.eventType())
                        .append("aggregateId", entry.aggregateId())
                        .append("json", entry.json())
                        .append("traceparent", entry.traceparent())
                        .append("createdAt", Date.from(entry.createdAt()))))
                .append(OutboxRelay.LEASE_UNTIL, Date.from(Instant.now().plusSeconds(60)))
                .append(OutboxRelay.LEASE_OWNER, "a-replica-about-to-crash");
        mongo.save(ledger, "ledgers");
        return ledger;
    }
}
