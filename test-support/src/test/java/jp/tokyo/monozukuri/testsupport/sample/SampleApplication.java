package jp.tokyo.monozukuri.testsupport.sample;

import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.function.Consumer;
import jp.tokyo.monozukuri.infrastructure.messaging.InboundEvents;
import jp.tokyo.monozukuri.infrastructure.messaging.OnlyOnce;
import jp.tokyo.monozukuri.infrastructure.metrics.StoreGauge;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

/**
 * A tiny service that exercises the shared plumbing the way the real ones do: a ledger aggregate with an
 * outbox, a REST endpoint with municipality scoping, and an idempotent consumer of its own events that
 * keeps a tally per municipality.
 */
@SpringBootApplication
public class SampleApplication {

    public static final String RECORDED = "sample.recorded";
    public static final String EXPLODE = "sample.explode";

    public record Recorded(String municipalityCode, long amountYen) {
    }

    /** {@code sample.ledgers{kind}}: how many ledgers the store holds, sampled by StoreGauges. */
    @Bean
    StoreGauge ledgers(MongoTemplate mongo) {
        return new StoreGauge("sample.ledgers", "ledgers in the store", null,
                () -> Map.of(Tags.of("kind", "ledger"), mongo.getCollection("ledgers").countDocuments()));
    }

    @Bean
    Consumer<Message<byte[]>> sampleEvents(OnlyOnce onlyOnce) {
        return InboundEvents.builder()
                .on(RECORDED, Recorded.class, event -> onlyOnce.upsert("tallies", event.payload().municipalityCode(),
                        event.eventId().toString(),
                        new Update().inc("count", 1).inc("amountYen", event.payload().amountYen())))
                .on(EXPLODE, Recorded.class, event -> {
                    throw new IllegalStateException("this handler always fails");
                })
                .build();
    }
}
