package jp.tokyo.monozukuri.notification.persistence;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import jp.tokyo.monozukuri.infrastructure.messaging.OnlyOnce;
import jp.tokyo.monozukuri.notification.domain.EmailAddress;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

/**
 * Who an event's letter to one municipality (about one plan) was addressed to, decided the first time the event is
 * handled and kept: a redelivered or replayed event is addressed as it was then, so a recipient list changed in
 * between neither adds letters about old events nor leaves out recipients of a handling that stopped half-way.
 */
@Repository
public class EventRecipientsStore {

    static final String COLLECTION = "event_recipients";

    private final MongoTemplate mongo;
    private final OnlyOnce onlyOnce;

    public EventRecipientsStore(MongoTemplate mongo, OnlyOnce onlyOnce) {
        this.mongo = mongo;
        this.onlyOnce = onlyOnce;
    }

    /** The recipients kept for this event's letter, or {@code current}'s answer kept now if there are none yet. */
    public List<EmailAddress> addressedOnce(String eventId, String municipalityCode, String planId,
            Supplier<List<EmailAddress>> current, Instant now) {
        String id = eventId + "/" + municipalityCode + "/" + (planId == null ? "" : planId);
        EventRecipientsDocument kept = mongo.findById(id, EventRecipientsDocument.class, COLLECTION);
        if (kept == null) {
            List<String> addresses = current.get().stream().map(EmailAddress::value).toList();
            if (onlyOnce.insert(new EventRecipientsDocument(id, addresses, now), COLLECTION)) {
                return addresses.stream().map(EmailAddress::new).toList();
            }
            kept = mongo.findById(id, EventRecipientsDocument.class, COLLECTION);
        }
        return kept.addresses().stream().map(EmailAddress::new).toList();
    }

    @Document(EventRecipientsStore.COLLECTION)
    public record EventRecipientsDocument(@Id String id, List<String> addresses, Instant decidedAt) {
    }
}
