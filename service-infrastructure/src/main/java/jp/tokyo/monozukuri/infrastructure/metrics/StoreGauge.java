package jp.tokyo.monozukuri.infrastructure.metrics;

import io.micrometer.core.instrument.Tags;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * A domain gauge read from the service's store, such as plans by status or grant amounts per fiscal year. Declare
 * one as a bean; {@link StoreGauges} samples every one on a schedule ({@code metrics.store-gauges.interval}), so a
 * scrape never queries the store. The sample answers one value per tag combination; include zeros (every status,
 * say) so that dashboards and alerts see a zero rather than no series.
 *
 * @param name     Micrometer name, e.g. {@code plans}; Prometheus shows {@code plans} (with the base unit
 *                 {@code yen}, {@code grant.amount} becomes {@code grant_amount_yen})
 * @param baseUnit null, or the unit appended to the Prometheus name
 * @param sample   reads the current values; may throw, the previous values then stay
 */
public record StoreGauge(String name, String description, String baseUnit, Supplier<Map<Tags, Number>> sample) {

    /**
     * How many documents of {@code collection} have each value of {@code field}, tagged {@code tag}; every value of
     * {@code expected} is answered, with 0 where no document has it.
     */
    public static StoreGauge countBy(String name, String description, MongoTemplate mongo, String collection,
            String field, String tag, List<String> expected) {
        return new StoreGauge(name, description, null, () -> {
            Map<Tags, Number> counts = new LinkedHashMap<>();
            expected.forEach(value -> counts.put(Tags.of(tag, value), 0L));
            Aggregation byValue = Aggregation.newAggregation(
                    Aggregation.match(Criteria.where(field).exists(true)),
                    Aggregation.group(field).count().as("count"));
            for (Document group : mongo.aggregate(byValue, collection, Document.class)) {
                Object value = group.get("_id");
                if (value != null) {
                    counts.put(Tags.of(tag, value.toString()), ((Number) group.get("count")).longValue());
                }
            }
            return counts;
        });
    }
}
