package jp.tokyo.monozukuri.approval.persistence;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxEntry;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxRelay;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes an aggregate's new state and appends its new events to the outbox in ONE single-document update,
 * conditional on the version that was read. Unlike a full replace, it leaves events already waiting in the
 * outbox (and the relay's lease on them) alone, so nothing already published is put back.
 */
final class VersionedUpdate {

    private static final String ID = "_id";
    private static final String VERSION = "version";

    private final MongoTemplate mongo;
    private final String collection;
    private final Set<String> stateFields;

    VersionedUpdate(MongoTemplate mongo, Class<?> documentType, String collection) {
        this.mongo = mongo;
        this.collection = collection;
        this.stateFields = StreamSupport.stream(
                        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(documentType).spliterator(),
                        false)
                .map(MongoPersistentProperty::getFieldName)
                .filter(name -> !name.equals(ID) && !name.equals(VERSION) && !name.equals(OutboxRelay.OUTBOX))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param document the new state, its version already {@code expectedVersion + 1}
     * @throws OptimisticLockingFailureException if the stored document is no longer at {@code expectedVersion}
     */
    void apply(Object id, long expectedVersion, Object document, List<OutboxEntry> events) {
        Document state = new Document();
        mongo.getConverter().write(document, state);
        Update update = new Update().set(VERSION, expectedVersion + 1);
        for (String field : stateFields) {
            Object value = state.get(field);
            if (value == null) {
                update.unset(field);
            } else {
                update.set(field, value);
            }
        }
        if (!events.isEmpty()) {
            update.push(OutboxRelay.OUTBOX).each(events.stream()
                    .map(entry -> mongo.getConverter().convertToMongoType(entry)).toArray());
        }
        Query current = new Query(Criteria.where(ID).is(id).and(VERSION).is(expectedVersion));
        if (mongo.updateFirst(current, update, collection).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(collection + " " + id + " was changed by someone else after "
                    + "version " + expectedVersion + " was read");
        }
    }
}
