package jp.tokyo.monozukuri.approval.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.tokyo.monozukuri.approval.domain.ApprovalRound;
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

/** Approval rounds in the service's own MongoDB database. */
@Repository
public class ApprovalRoundStore {

    private final MongoTemplate mongo;
    private final VersionedUpdate versionedUpdate;

    public ApprovalRoundStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.versionedUpdate = new VersionedUpdate(mongo, ApprovalRoundDocument.class,
                ApprovalRoundDocument.COLLECTION);
    }

    /**
     * Stores a newly composed round.
     *
     * @return false if one of its reviews already belongs to another round
     */
    public boolean insert(ApprovalRound round) {
        try {
            mongo.insert(ApprovalRoundDocument.of(round, 0, List.of()));
            return true;
        } catch (DuplicateKeyException reviewInAnotherRound) {
            return false;
        }
    }

    public Optional<StoredRound> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ApprovalRoundDocument.class))
                .map(ApprovalRoundDocument::toStored);
    }

    /**
     * @throws OptimisticLockingFailureException if the round changed since {@code stored} was read
     */
    public void update(StoredRound stored, List<OutboxEntry> events) {
        versionedUpdate.apply(stored.round().id(), stored.version(),
                ApprovalRoundDocument.of(stored.round(), stored.version() + 1, List.of()), events);
    }

    /** Rounds, latest announcement first. */
    public Page<ApprovalRound> page(Pageable page) {
        Query query = new Query();
        long total = mongo.count(query, ApprovalRoundDocument.class);
        query.with(Sort.by(Sort.Direction.DESC, "announcementDate").and(Sort.by(Sort.Direction.DESC, "composedAt")))
                .with(page);
        List<ApprovalRound> rounds = mongo.find(query, ApprovalRoundDocument.class).stream()
                .map(d -> d.toStored().round()).toList();
        return new PageImpl<>(rounds, page, total);
    }

    /** The round each of {@code reviewIds} belongs to, for those that belong to one. */
    public Map<String, String> roundsOf(Collection<String> reviewIds) {
        Query query = new Query(Criteria.where("reviewIds").in(reviewIds));
        query.fields().include("_id").include("reviewIds");
        return mongo.find(query, Document.class, ApprovalRoundDocument.COLLECTION).stream()
                .flatMap(round -> round.getList("reviewIds", String.class).stream().filter(reviewIds::contains)
                        .map(reviewId -> Map.entry(reviewId, round.getString("_id"))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
