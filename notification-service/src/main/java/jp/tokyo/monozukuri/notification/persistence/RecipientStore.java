package jp.tokyo.monozukuri.notification.persistence;

import java.time.Instant;
import java.util.List;
import jp.tokyo.monozukuri.infrastructure.messaging.OnlyOnce;
import jp.tokyo.monozukuri.notification.domain.EmailAddress;
import jp.tokyo.monozukuri.notification.domain.RecipientList;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The recipients of each municipality: one document per municipality code holding its addresses in order. A
 * contact added from an event records the event's id in the same update, so a redelivered {@code plan.submitted}
 * does not bring back an address that staff removed in between.
 */
@Repository
public class RecipientStore {

    static final String COLLECTION = "recipients";
    private static final String ADDRESSES = "addresses";
    private static final String UPDATED_AT = "updatedAt";

    private final MongoTemplate mongo;
    private final OnlyOnce onlyOnce;

    public RecipientStore(MongoTemplate mongo, OnlyOnce onlyOnce) {
        this.mongo = mongo;
        this.onlyOnce = onlyOnce;
    }

    /** Replaces the addresses of the list's municipality. */
    public void replace(RecipientList list, Instant now) {
        mongo.upsert(new Query(Criteria.where("_id").is(list.municipality().code())),
                new Update().set(ADDRESSES, list.addresses().stream().map(EmailAddress::value).toList())
                        .set(UPDATED_AT, now),
                COLLECTION);
    }

    /** Adds an address unless this event added it before; an address already listed stays where it is. */
    public void addFromEvent(String municipalityCode, EmailAddress address, String eventId, Instant now) {
        onlyOnce.upsert(COLLECTION, municipalityCode, eventId,
                new Update().addToSet(ADDRESSES, address.value()).set(UPDATED_AT, now));
    }

    public List<EmailAddress> addressesOf(String municipalityCode) {
        Document document = mongo.findById(municipalityCode, Document.class, COLLECTION);
        if (document == null) {
            return List.of();
        }
        return document.getList(ADDRESSES, String.class, List.of()).stream().map(EmailAddress::new).toList();
    }
}
