package jp.tokyo.monozukuri.infrastructure.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.infrastructure.events.EventJson;
import jp.tokyo.monozukuri.infrastructure.events.MalformedEventException;
import jp.tokyo.monozukuri.infrastructure.events.TraceContext;
import jp.tokyo.monozukuri.infrastructure.messaging.HandledEvents;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxEntry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * The service's own record of the events it published and consumed ({@value #COLLECTION}): one document per event
 * and direction, with when it was first and last seen, how often, the last outcome and the trace, findable by the
 * plan it concerns. It answers "what happened to this plan here?" without reading logs. Best effort: a failed audit
 * write is logged and never fails the publication or the handling it describes. Documents expire after
 * {@code audit.retention} (a TTL index: real MongoDB removes them, the local store keeps everything).
 */
public class EventAudit implements HandledEvents {

    public static final String COLLECTION = "event_audit";

    /** Every id an audited event is found by: its aggregate id and each {@code planId} in its payload. */
    static final String SUBJECTS = "subjects";

    private static final Logger log = LoggerFactory.getLogger(EventAudit.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    public EventAudit(MongoTemplate mongo, Clock clock, Duration retention) {
        this.mongo = mongo;
        this.clock = clock;
        try {
            mongo.indexOps(COLLECTION).createIndex(new Index().on(SUBJECTS, Sort.Direction.ASC).named("by_subject"));
            mongo.indexOps(COLLECTION).createIndex(new Index().on("lastAt", Sort.Direction.ASC).named("retention")
                    .expire(retention.toSeconds(), TimeUnit.SECONDS));
        } catch (RuntimeException e) {
            log.warn("could not create the indexes of {}: {}", COLLECTION, e.toString());
        }
    }

    /** The broker acknowledged these events (called by the outbox relay). */
    public void published(List<OutboxEntry> entries) {
        try {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
            Instant now = clock.instant();
            int audited = 0;
            for (OutboxEntry entry : entries) {
                EventEnvelope<JsonNode> envelope;
                try {
                    envelope = EventJson.readEnvelope(entry.json().getBytes(StandardCharsets.UTF_8));
                } catch (MalformedEventException unreadable) {
                    // Not an event of ours; its consumers dead-letter it, and there is no plan to file it under.
                    log.debug("published {} is not an event envelope and is not audited", entry.eventId());
                    continue;
                }
                bulk.upsert(byId(AuditedEvent.PUBLISHED, envelope),
                        record(envelope, now, AuditedEvent.PUBLISHED, null, entry.traceparent()));
                audited++;
            }
            if (audited > 0) {
                bulk.execute();
            }
        } catch (RuntimeException e) {
            log.warn("could not audit {} published event(s): {}", entries.size(), e.toString());
        }
    }

    @Override
    public void handled(EventEnvelope<JsonNode> envelope) {
        consumed(envelope, null);
    }

    @Override
    public void failed(EventEnvelope<JsonNode> envelope, RuntimeException failure) {
        consumed(envelope, failure.toString());
    }

    /** What this service published and consumed about {@code subject} (a plan id, or any aggregate id), oldest first. */
    public List<AuditedEvent> about(String subject) {
        Query query = new Query(Criteria.where(SUBJECTS).is(subject))
                .with(Sort.by("firstAt", "occurredAt", "_id"));
        List<AuditedEvent> events = new ArrayList<>();
        for (Document document : mongo.find(query, Document.class, COLLECTION)) {
            events.add(AuditedEvent.of(document));
        }
        return events;
    }

    private void consumed(EventEnvelope<JsonNode> envelope, String error) {
        try {
            mongo.upsert(byId(AuditedEvent.CONSUMED, envelope),
                    record(envelope, clock.instant(), AuditedEvent.CONSUMED, error, TraceContext.current()),
                    COLLECTION);
        } catch (RuntimeException e) {
            log.warn("could not audit consumed {} {}: {}", envelope.eventType(), envelope.eventId(), e.toString());
        }
    }

    private static Query byId(String direction, EventEnvelope<?> envelope) {
        return new Query(Criteria.where("_id").is(direction + ":" + envelope.eventId()));
    }

    /**
     * One upsert per sighting: {@code $min}/{@code $max} keep the first and last time whatever the order replicas
     * write in, and a later success overwrites an earlier failure.
     */
    private static Update record(EventEnvelope<JsonNode> envelope, Instant now, String direction, String error,
            String traceparent) {
        String outcome = direction.equals(AuditedEvent.PUBLISHED) ? AuditedEvent.PUBLISHED
                : error == null ? AuditedEvent.HANDLED : AuditedEvent.FAILED;
        Update update = new Update()
                .set("direction", direction)
                .set("eventId", envelope.eventId().toString())
                .set("eventType", envelope.eventType())
                .set("producer", envelope.producer())
                .set("aggregateId", envelope.aggregateId())
                .set("municipalityCode", envelope.municipalityCode())
                .set("occurredAt", Date.from(envelope.occurredAt().toInstant()))
                .set(SUBJECTS, List.copyOf(subjectsOf(envelope)))
                .set("outcome", outcome)
                .set("traceId", TraceContext.traceIdOf(traceparent).orElse(null))
                .min("firstAt", Date.from(now))
                .max("lastAt", Date.from(now))
                .inc("times", 1);
        return error == null ? update.unset("lastError") : update.set("lastError", error);
    }

    private static Set<String> subjectsOf(EventEnvelope<JsonNode> envelope) {
        Set<String> subjects = new LinkedHashSet<>();
        subjects.add(envelope.aggregateId());
        for (JsonNode planId : envelope.payload().findValues("planId")) {
            if (planId.isString()) {
                subjects.add(planId.asString());
            }
        }
        return subjects;
    }
}
