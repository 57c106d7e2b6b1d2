package jp.tokyo.monozukuri.infrastructure.audit;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * One event as this service saw it.
 *
 * @param direction  {@value #PUBLISHED} by this service, or {@value #CONSUMED} by it
 * @param occurredAt when the producer says the event happened
 * @param firstAt    when this service first published or received it
 * @param lastAt     when it last did (a redelivery, a retry, a republication after a crash)
 * @param times      how often: above 1 for redeliveries and retries
 * @param outcome    {@value #PUBLISHED} (the broker acknowledged it), {@value #HANDLED} or {@value #FAILED} (the
 *                   handler threw; after the last retry the record is in the dead-letter topic)
 * @param lastError  the last handler failure, while the outcome is {@value #FAILED}
 * @param traceId    the W3C trace id: search logs and traces by it
 */
public record AuditedEvent(String direction, String eventId, String eventType, String producer, String aggregateId,
        String municipalityCode, Instant occurredAt, Instant firstAt, Instant lastAt, int times, String outcome,
        String lastError, String traceId) {

    public static final String PUBLISHED = "published";
    public static final String CONSUMED = "consumed";
    public static final String HANDLED = "handled";
    public static final String FAILED = "failed";

    static AuditedEvent of(Document d) {
        return new AuditedEvent(d.getString("direction"), d.getString("eventId"), d.getString("eventType"),
                d.getString("producer"), d.getString("aggregateId"), d.getString("municipalityCode"),
                instant(d, "occurredAt"), instant(d, "firstAt"), instant(d, "lastAt"),
                d.get("times") instanceof Number n ? n.intValue() : 0, d.getString("outcome"),
                d.getString("lastError"), d.getString("traceId"));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
