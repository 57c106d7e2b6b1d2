package jp.tokyo.monozukuri.notification.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.notification.domain.EmailAddress;
import jp.tokyo.monozukuri.notification.domain.PlanContact;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The contact of each plan's latest submitted revision ({@code plan_contacts}, one document per plan id). A revision
 * older than the one recorded changes nothing, so a redelivered or late {@code plan.submitted} cannot bring back a
 * contact the municipality replaced.
 */
@Repository
public class PlanContactStore {

    static final String COLLECTION = "plan_contacts";
    private static final String REVISION = "revision";

    private final MongoTemplate mongo;

    public PlanContactStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records the contact of a revision; one of an older revision than the recorded one is ignored. */
    public void record(PlanContact contact, Instant now) {
        write(contact.planId(), contact.revision(), new Update()
                .set("municipalityCode", contact.municipalityCode())
                .set("address", contact.address().value())
                .set(REVISION, contact.revision())
                .set("recordedAt", now));
    }

    /** A revision without a usable contact: the plan's earlier contact receives nothing more. */
    public void clear(String planId, String municipalityCode, int revision, Instant now) {
        write(planId, revision, new Update().set("municipalityCode", municipalityCode).unset("address")
                .set(REVISION, revision).set("recordedAt", now));
    }

    public Optional<PlanContact> find(String planId) {
        return Optional.ofNullable(mongo.findById(planId, Document.class, COLLECTION)).flatMap(this::contactOf);
    }

    /** The municipality's plan contacts, latest first, at most {@code limit}. */
    public List<PlanContact> ofMunicipality(String municipalityCode, int limit) {
        Query query = new Query(Criteria.where("municipalityCode").is(municipalityCode).and("address").exists(true))
                .with(Sort.by(Sort.Direction.DESC, "recordedAt")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream().flatMap(d -> contactOf(d).stream()).toList();
    }

    private void write(String planId, int revision, Update update) {
        try {
            mongo.upsert(new Query(Criteria.where("_id").is(planId).and(REVISION).lte(revision)), update, COLLECTION);
        } catch (DuplicateKeyException newerRecorded) {
            // the plan's document holds a later revision: it stays
        }
    }

    private Optional<PlanContact> contactOf(Document document) {
        String address = document.getString("address");
        if (address == null) {
            return Optional.empty();
        }
        return Optional.of(new PlanContact(document.getString("_id"), document.getString("municipalityCode"),
                new EmailAddress(address), document.getInteger(REVISION, 0)));
    }
}
