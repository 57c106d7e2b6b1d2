package jp.tokyo.monozukuri.infrastructure.outbox;

import io.micrometer.core.instrument.Metrics;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tokyo.monozukuri.infrastructure.audit.EventAudit;
import jp.tokyo.monozukuri.infrastructure.events.PollingTask;
import jp.tokyo.monozukuri.infrastructure.events.TraceContext;
import jp.tokyo.monozukuri.infrastructure.events.TraceSpans;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the events waiting in aggregates' {@code outbox} arrays. Per document: claim it with a lease
 * (findAndModify, so that replicas never work on the same document at once), send its events in order with
 * a synchronous send (the broker acknowledged each), then pull exactly those events and release the lease.
 * A crash after the send and before the pull publishes them again on the next pass: consumers are
 * idempotent, so a duplicate is harmless, while a lost event is impossible.
 */
public class OutboxRelay implements PollingTask {

    public static final String OUTBOX = "outbox";
    public static final String LEASE_UNTIL = "outboxLeaseUntil";
    public static final String LEASE_OWNER = "outboxLeaseOwner";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String PUBLISH_FAILURES = "outbox.publish.failures";

    private final MongoTemplate mongo;
    private final StreamBridge streamBridge;
    private final OutboxProperties properties;
    private final Clock clock;
    private final TraceSpans spans;
    private final EventAudit audit;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    public OutboxRelay(MongoTemplate mongo, StreamBridge streamBridge, OutboxProperties properties, Clock clock,
            TraceSpans spans, EventAudit audit) {
        this.mongo = mongo;
        this.streamBridge = streamBridge;
        this.properties = properties;
        this.clock = clock;
        this.spans = spans;
        this.audit = audit;
        // A zero from the start, so that a rate or an alert on failures has a series before the first one.
        properties.collections().forEach(collection -> Metrics.counter(PUBLISH_FAILURES, "collection", collection));
    }

    @Scheduled(fixedDelayString = "${outbox.poll-interval}")
    public void relayPending() {
        for (String collection : properties.collections()) {
            try {
                relayCollection(collection);
            } catch (RuntimeException e) {
                log.warn("outbox relay pass over {} failed, will retry: {}", collection, e.toString());
            }
        }
    }

    /** One pass over a collection; returns how many events were published. */
    public int relayCollection(String collection) {
        int published = 0;
        for (int i = 0; i < properties.batchSize(); i++) {
            Document claimed = claimNext(collection);
            if (claimed == null) {
                break;
            }
            published += publishAndRemove(collection, claimed);
        }
        return published;
    }

    /**
     * Sends every event of a claimed document, each in a span that continues the trace stored with it (so the trace
     * of the request that caused the event runs on through Kafka); exposed so tests can stop between send and removal.
     */
    List<OutboxEntry> publish(Document claimed) {
        List<OutboxEntry> entries = entriesOf(claimed);
        for (OutboxEntry entry : entries) {
            spans.inSpan("outbox publish", entry.traceparent(),
                    Map.of("event.type", entry.eventType(), "event.id", entry.eventId()), () -> send(entry));
            Metrics.counter("outbox.published", "eventType", entry.eventType()).increment();
        }
        audit.published(entries);
        return entries;
    }

    private void send(OutboxEntry entry) {
        if (!streamBridge.send(properties.binding(), toMessage(entry))) {
            throw new IllegalStateException("binding " + properties.binding() + " did not accept " + entry.eventId());
        }
    }

    Document claimNext(String collection) {
        Instant now = clock.instant();
        Query pending = new Query(new Criteria().andOperator(
                Criteria.where(OUTBOX + ".0").exists(true),
                new Criteria().orOperator(
                        Criteria.where(LEASE_UNTIL).exists(false),
                        Criteria.where(LEASE_UNTIL).is(null),
                        Criteria.where(LEASE_UNTIL).lt(now))));
        Update claim = new Update()
                .set(LEASE_UNTIL, now.plus(properties.lease()))
                .set(LEASE_OWNER, owner);
        return mongo.findAndModify(pending, claim, FindAndModifyOptions.options().returnNew(true), Document.class,
                collection);
    }

    private int publishAndRemove(String collection, Document claimed) {
        Object id = claimed.get("_id");
        try {
            List<OutboxEntry> entries = publish(claimed);
            List<String> ids = entries.stream().map(OutboxEntry::eventId).toList();
            Update remove = new Update()
                    .pull(OUTBOX, new Document("eventId", new Document("$in", ids)))
                    .unset(LEASE_UNTIL)
                    .unset(LEASE_OWNER);
            mongo.updateFirst(new Query(Criteria.where("_id").is(id).and(LEASE_OWNER).is(owner)), remove, collection);
            return entries.size();
        } catch (RuntimeException e) {
            // Leave the events in place; the lease runs out and the next pass (here or elsewhere) retries.
            log.warn("could not publish outbox of {} {}: {}", collection, id, e.toString());
            Metrics.counter(PUBLISH_FAILURES, "collection", collection).increment();
            mongo.updateFirst(new Query(Criteria.where("_id").is(id).and(LEASE_OWNER).is(owner)),
                    new Update().unset(LEASE_UNTIL).unset(LEASE_OWNER), collection);
            return 0;
        }
    }

    private static List<OutboxEntry> entriesOf(Document document) {
        List<Document> raw = document.getList(OUTBOX, Document.class, List.of());
        return raw.stream().map(d -> new OutboxEntry(
                d.getString("eventId"),
                d.getString("eventType"),
                d.getString("aggregateId"),
                d.getString("json"),
                d.getString("traceparent"),
                d.getDate("createdAt") == null ? null : d.getDate("createdAt").toInstant())).toList();
    }

    private static Message<byte[]> toMessage(OutboxEntry entry) {
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload(entry.json().getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, entry.aggregateId().getBytes(StandardCharsets.UTF_8))
                .setHeader(EventHeaders.EVENT_TYPE, entry.eventType())
                .setHeader(EventHeaders.EVENT_ID, entry.eventId());
        // The span this runs in; the binder's producer observation sets the same header to its own child span.
        return builder.setHeader(EventHeaders.TRACEPARENT, TraceContext.current()).build();
    }
}
