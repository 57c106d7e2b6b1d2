package jp.tokyo.monozukuri.approval.persistence;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.approval.domain.Review;
import jp.tokyo.monozukuri.approval.domain.ReviewStatus;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxEntry;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Reviews in the service's own MongoDB database. */
@Repository
public class ReviewStore {

    private final MongoTemplate mongo;
    private final VersionedUpdate versionedUpdate;

    public ReviewStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.versionedUpdate = new VersionedUpdate(mongo, ReviewDocument.class, ReviewDocument.COLLECTION);
    }

    public Optional<StoredReview> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ReviewDocument.class)).map(ReviewDocument::toStored);
    }

    /**
     * Stores a newly opened review with its first events.
     *
     * @return false if its revision (or the event that opened it) already has a review: a redelivery
     */
    public boolean insert(Review review, List<OutboxEntry> events) {
        try {
            mongo.insert(ReviewDocument.of(review, 0, events));
            return true;
        } catch (DuplicateKeyException duplicate) {
            return false;
        }
    }

    /**
     * Saves the review's new state and its new events at once.
     *
     * @throws OptimisticLockingFailureException if the review changed since {@code stored} was read
     */
    public void update(StoredReview stored, List<OutboxEntry> events) {
        versionedUpdate.apply(stored.review().id(), stored.version(),
                ReviewDocument.of(stored.review(), stored.version() + 1, List.of()), events);
    }

    public Optional<StoredReview> findByPlanRevision(String planId, int revision) {
        return Optional.ofNullable(mongo.findOne(
                        new Query(Criteria.where("planId").is(planId).and("revision").is(revision)),
                        ReviewDocument.class))
                .map(ReviewDocument::toStored);
    }

    /** The plan's most recent review: the end of its chain. */
    public Optional<StoredReview> latestOfPlan(String planId) {
        Query query = new Query(Criteria.where("planId").is(planId)).with(Sort.by(Sort.Direction.DESC, "sequence"))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(query, ReviewDocument.class)).map(ReviewDocument::toStored);
    }

    /** Every review of a plan, first to last. */
    public List<Review> chainOfPlan(String planId) {
        Query query = new Query(Criteria.where("planId").is(planId)).with(Sort.by("sequence"));
        return mongo.find(query, ReviewDocument.class).stream().map(d -> d.toStored().review()).toList();
    }

    public List<Review> findAll(Collection<String> ids) {
        return mongo.find(new Query(Criteria.where("_id").in(ids)), ReviewDocument.class).stream()
                .map(d -> d.toStored().review()).toList();
    }

    /** A page of reviews, newest first, optionally of one status and one municipality. */
    public Page<Review> search(Optional<ReviewStatus> status, Optional<String> municipalityCode, Pageable page) {
        Criteria criteria = new Criteria();
        status.ifPresent(s -> criteria.and("status").is(s));
        municipalityCode.ifPresent(code -> criteria.and("municipalityCode").is(code));
        Query query = new Query(criteria);
        long total = mongo.count(query, ReviewDocument.class);
        query.with(Sort.by(Sort.Direction.DESC, "receivedAt").and(Sort.by("_id"))).with(page);
        List<Review> reviews = mongo.find(query, ReviewDocument.class).stream().map(d -> d.toStored().review())
                .toList();
        return new PageImpl<>(reviews, page, total);
    }

    /** Reviews whose decision was taken before {@code decidedBefore} and still waits for its number. */
    public List<String> idsWithDecisionPendingSince(OffsetDateTime decidedBefore) {
        Query query = new Query(Criteria.where("pendingDecision.decidedAt").lt(decidedBefore));
        query.fields().include("_id");
        return mongo.find(query, Document.class, ReviewDocument.COLLECTION).stream()
                .map(found -> found.getString("_id")).toList();
    }
}
