package jp.tokyo.monozukuri.notification.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.notification.domain.Notice;
import jp.tokyo.monozukuri.notification.domain.NoticeStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The notices. Every write is one single-document operation: an insert that the unique index turns away for an
 * event and recipient already recorded, a claim by findAndModify, and updates conditional on the state read.
 */
@Repository
public class NoticeStore {

    private final MongoTemplate mongo;

    public NoticeStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Records new notices; one already recorded for the same event and recipient is left as it is.
     *
     * @param traceparent the W3C trace context the event is handled in, kept with each notice
     * @return how many were recorded now
     */
    public int recordNew(List<Notice> notices, String traceparent) {
        int recorded = 0;
        for (Notice notice : notices) {
            try {
                mongo.insert(NoticeDocument.of(notice, traceparent), NoticeDocument.COLLECTION);
                recorded++;
            } catch (DuplicateKeyException alreadyRecorded) {
                // a redelivery, or another replica handling the same event: the notice exists once
            }
        }
        return recorded;
    }

    public Optional<Notice> find(String id) {
        return Optional.ofNullable(mongo.findById(id, NoticeDocument.class, NoticeDocument.COLLECTION))
                .map(NoticeDocument::toNotice);
    }

    /**
     * Claims up to {@code limit} PENDING notices that are due, past their embargo and not claimed by a live lease,
     * for {@code claimant} until {@code now + lease}; no two replicas claim the same notice.
     */
    public List<Notice> claimDue(String claimant, Instant now, Duration lease, int limit) {
        Query due = new Query(Criteria.where("status").is(NoticeStatus.PENDING.name())
                .and("nextAttemptAt").lte(now)
                .andOperator(
                        new Criteria().orOperator(Criteria.where("claimedUntil").is(null),
                                Criteria.where("claimedUntil").lt(now)),
                        new Criteria().orOperator(Criteria.where("notBefore").is(null),
                                Criteria.where("notBefore").lte(now))))
                .with(Sort.by("nextAttemptAt", "createdAt"));
        Update claim = new Update().set("claimedBy", claimant).set("claimedUntil", now.plus(lease));
        List<Notice> claimed = new ArrayList<>();
        while (claimed.size() < limit) {
            NoticeDocument document = mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true),
                    NoticeDocument.class, NoticeDocument.COLLECTION);
            if (document == null) {
                break;
            }
            claimed.add(document.toNotice());
        }
        return claimed;
    }

    /** Writes the outcome of an attempt by the claimant and ends its lease. */
    public void saveAttempt(Notice notice, String claimant) {
        Query claimedByMe = new Query(Criteria.where("_id").is(notice.id()).and("claimedBy").is(claimant));
        mongo.updateFirst(claimedByMe, outcome(notice).unset("claimedBy").unset("claimedUntil"),
                NoticeDocument.COLLECTION);
    }

    /** Ends the claimant's lease without an attempt (the relay was not tried: circuit open, rate limit). */
    public void release(List<Notice> notices, String claimant) {
        Query claimedByMe = new Query(Criteria.where("_id").in(notices.stream().map(Notice::id).toList())
                .and("claimedBy").is(claimant));
        mongo.updateMulti(claimedByMe, new Update().unset("claimedBy").unset("claimedUntil"),
                NoticeDocument.COLLECTION);
    }

    /**
     * Saves a change made by staff (a re-send) if nobody changed the notice's status in between.
     *
     * @return false if the notice's status was no longer {@code expectedStatus}
     */
    public boolean saveIfStatus(Notice notice, NoticeStatus expectedStatus) {
        Query unchanged = new Query(Criteria.where("_id").is(notice.id()).and("status").is(expectedStatus.name()));
        return mongo.updateFirst(unchanged, outcome(notice), NoticeDocument.COLLECTION).getModifiedCount() == 1;
    }

    /** A page of notices, newest first, narrowed by the filters that are not null; without their PDF documents. */
    public List<Notice> search(NoticeFilter filter, int page, int size) {
        Query query = filter.toQuery().with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")))
                .skip((long) page * size).limit(size);
        query.fields().exclude(NoticeDocument.PDF);
        return mongo.find(query, NoticeDocument.class, NoticeDocument.COLLECTION).stream()
                .map(NoticeDocument::toNotice).toList();
    }

    public long count(NoticeFilter filter) {
        return mongo.count(filter.toQuery(), NoticeDocument.COLLECTION);
    }

    private static Update outcome(Notice notice) {
        return new Update()
                .set("status", notice.status().name())
                .set("attempts", notice.attempts())
                .set("lastError", notice.lastError())
                .set("lastAttemptAt", notice.lastAttemptAt())
                .set("nextAttemptAt", notice.nextAttemptAt())
                .set("sentAt", notice.sentAt());
    }

    /**
     * What a list of notices may be narrowed by; null means "any".
     *
     * @param releasedBy only notices whose embargo ended by then (for callers outside Tokyo's staff); null: all
     */
    public record NoticeFilter(String municipalityCode, NoticeStatus status, String eventType, Instant releasedBy) {

        public NoticeFilter(String municipalityCode, NoticeStatus status, String eventType) {
            this(municipalityCode, status, eventType, null);
        }

        Query toQuery() {
            Criteria criteria = new Criteria();
            if (releasedBy != null) {
                criteria = criteria.orOperator(Criteria.where("notBefore").is(null),
                        Criteria.where("notBefore").lte(releasedBy));
            }
            if (municipalityCode != null) {
                criteria = criteria.and("municipalityCode").is(municipalityCode);
            }
            if (status != null) {
                criteria = criteria.and("status").is(status.name());
            }
            if (eventType != null) {
                criteria = criteria.and("eventType").is(eventType);
            }
            return new Query(criteria);
        }
    }
}
