package jp.tokyo.monozukuri.infrastructure.messaging;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Applies an event to one document at most once, in a single atomic document operation, so that the record
 * of having applied it and the change itself can never part — across redeliveries, restarts and replicas.
 * For aggregates loaded, changed and saved with optimistic locking, record the event id in the aggregate
 * instead (same guarantee).
 */
public class OnlyOnce {

    /** The array of applied event ids kept in every document this class updates. */
    public static final String APPLIED_EVENTS = "appliedEventIds";

    private final MongoTemplate mongo;

    public OnlyOnce(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies {@code update} to the document {@code id} unless it already recorded {@code eventId}.
     *
     * @return true if applied now, false if it had been applied before (or the document does not exist)
     */
    public boolean update(String collection, Object id, String eventId, Update update) {
        Query notYetApplied = new Query(Criteria.where("_id").is(id).and(APPLIED_EVENTS).ne(eventId));
        return mongo.updateFirst(notYetApplied, update.addToSet(APPLIED_EVENTS, eventId), collection)
                .getModifiedCount() == 1;
    }

    /**
     * Like {@link #update}, creating the document {@code id} if it does not exist yet.
     *
     * @return true if applied now, false if it had been applied before
     */
    public boolean upsert(String collection, Object id, String eventId, Update update) {
        Query notYetApplied = new Query(Criteria.where("_id").is(id).and(APPLIED_EVENTS).ne(eventId));
        try {
            mongo.upsert(notYetApplied, update.addToSet(APPLIED_EVENTS, eventId), collection);
            return true;
        } catch (DuplicateKeyException e) {
            // The document exists and already holds the event id: the upsert tried to insert a second one.
            return false;
        }
    }

    /**
     * Inserts a document whose id is derived from the event (or unique by an index), so that a redelivered
     * event finds it there.
     *
     * @return true if inserted now, false if a document with that key existed
     */
    public <T> boolean insert(T document, String collection) {
        try {
            mongo.insert(document, collection);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
