package jp.tokyo.monozukuri.notification.persistence;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.infrastructure.messaging.OnlyOnce;
import jp.tokyo.monozukuri.notification.domain.EmailAddress;
import jp.tokyo.monozukuri.notification.domain.RecipientList;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The standing recipients of each municipality, set by Tokyo's staff: one document per municipality code with the
 * addresses in order ({@code standing}), the addresses blocked ({@code blocked}) and a {@code version} that every
 * change compares and increments.
 *
 * <p><b>Stored before the standing list existed</b> (documents without {@code standing}): plan contacts used to be
 * added to {@code addresses} automatically, recording their event in {@code appliedEventIds}. A document with no
 * such event was written by staff alone, and its {@code addresses} are its standing list; in one with such events,
 * staff's and the contacts' addresses cannot be told apart, so none of them receives anything until staff set the
 * list again — they are shown as {@code unconfirmedAddresses} meanwhile. Setting the list removes both old fields.
 */
@Repository
public class RecipientStore {

    static final String COLLECTION = "recipients";
    private static final String STANDING = "standing";
    private static final String BLOCKED = "blocked";
    private static final String VERSION = "version";
    private static final String LEGACY_ADDRESSES = "addresses";
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;

    public RecipientStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The municipality's standing list and blocked addresses (both empty if staff never set them). */
    public RecipientList find(Municipality municipality) {
        return listOf(municipality, mongo.findById(municipality.code(), Document.class, COLLECTION));
    }

    /** Addresses of a list stored before this version that nobody receives at until staff set the list again. */
    public List<EmailAddress> unconfirmedOf(String municipalityCode) {
        Document document = mongo.findById(municipalityCode, Document.class, COLLECTION);
        if (document == null || document.containsKey(STANDING) || !hasAutomaticAdditions(document)) {
            return List.of();
        }
        return addresses(document, LEGACY_ADDRESSES);
    }

    /**
     * Applies staff's change to the list as it is now, compared by version so that two changes at once never lose
     * one (the later one is applied to the earlier one's result).
     *
     * @return the list as stored
     */
    public RecipientList change(Municipality municipality, UnaryOperator<RecipientList> change, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document document = mongo.findById(municipality.code(), Document.class, COLLECTION);
            RecipientList next = change.apply(listOf(municipality, document));
            Object version = document == null ? null : document.get(VERSION);
            Query unchanged = new Query(Criteria.where("_id").is(municipality.code()).and(VERSION).is(version));
            Update update = new Update()
                    .set(STANDING, next.addresses().stream().map(EmailAddress::value).toList())
                    .set(BLOCKED, next.blocked().stream().map(EmailAddress::value).sorted().toList())
                    .set(VERSION, version == null ? 1L : ((Number) version).longValue() + 1)
                    .set("updatedAt", now)
                    .unset(LEGACY_ADDRESSES).unset(OnlyOnce.APPLIED_EVENTS);
            try {
                if (mongo.upsert(unchanged, update, COLLECTION).getMatchedCount() == 1
                        || document == null) {
                    return next;
                }
            } catch (DuplicateKeyException createdMeanwhile) {
                // another change created the document first: apply this one to its result
            }
        }
        throw new OptimisticLockingFailureException("recipients of " + municipality.code() + " kept changing");
    }

    private static RecipientList listOf(Municipality municipality, Document document) {
        if (document == null) {
            return new RecipientList(municipality, List.of());
        }
        if (document.containsKey(STANDING)) {
            return new RecipientList(municipality, addresses(document, STANDING),
                    new LinkedHashSet<>(addresses(document, BLOCKED)));
        }
        return new RecipientList(municipality,
                hasAutomaticAdditions(document) ? List.of() : addresses(document, LEGACY_ADDRESSES));
    }

    private static boolean hasAutomaticAdditions(Document document) {
        return !document.getList(OnlyOnce.APPLIED_EVENTS, String.class, List.of()).isEmpty();
    }

    private static List<EmailAddress> addresses(Document document, String field) {
        return document.getList(field, String.class, List.of()).stream().map(EmailAddress::new).toList();
    }
}
