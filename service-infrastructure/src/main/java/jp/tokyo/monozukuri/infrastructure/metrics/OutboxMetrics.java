package jp.tokyo.monozukuri.infrastructure.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import jp.tokyo.monozukuri.infrastructure.events.PollingTask;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxProperties;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxRelay;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The outbox backlog as operators watch it: {@code outbox.pending} (events not yet acknowledged by the
 * broker) and {@code outbox.oldest.age} (seconds the oldest of them has waited), per collection. Sampled
 * on a schedule so that a scrape never queries the store.
 */
public class OutboxMetrics implements PollingTask {

    private static final Logger log = LoggerFactory.getLogger(OutboxMetrics.class);

    private final MongoTemplate mongo;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Map<String, AtomicLong> pending = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> oldestAgeSeconds = new ConcurrentHashMap<>();

    public OutboxMetrics(MongoTemplate mongo, OutboxProperties properties, Clock clock, MeterRegistry registry) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
        for (String collection : properties.collections()) {
            Gauge.builder("outbox.pending", pending.computeIfAbsent(collection, c -> new AtomicLong()), AtomicLong::get)
                    .description("events written to the outbox and not yet acknowledged by the broker")
                    .tag("collection", collection).register(registry);
            Gauge.builder("outbox.oldest.age", oldestAgeSeconds.computeIfAbsent(collection, c -> new AtomicLong()),
                            AtomicLong::get)
                    .description("seconds the oldest pending outbox event has waited").baseUnit("seconds")
                    .tag("collection", collection).register(registry);
        }
    }

    @Scheduled(fixedDelayString = "${outbox.metrics-interval:5s}")
    public void sample() {
        for (String collection : properties.collections()) {
            try {
                long count = 0;
                Date oldest = null;
                for (Document doc : mongo.getCollection(collection)
                        .find(new Document(OutboxRelay.OUTBOX + ".0", new Document("$exists", true)))
                        .projection(new Document(OutboxRelay.OUTBOX + ".createdAt", 1))) {
                    List<Document> entries = doc.getList(OutboxRelay.OUTBOX, Document.class, List.of());
                    count += entries.size();
                    for (Document entry : entries) {
                        Date created = entry.getDate("createdAt");
                        if (created != null && (oldest == null || created.before(oldest))) {
                            oldest = created;
                        }
                    }
                }
                pending.get(collection).set(count);
                oldestAgeSeconds.get(collection).set(oldest == null ? 0
                        : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds()));
            } catch (RuntimeException e) {
                log.debug("could not sample the outbox of {}: {}", collection, e.toString());
            }
        }
    }
}
