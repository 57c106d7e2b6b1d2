package jp.tokyo.monozukuri.approval.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import jp.tokyo.monozukuri.approval.domain.Decision;
import jp.tokyo.monozukuri.approval.domain.PendingDecision;
import jp.tokyo.monozukuri.approval.domain.Recommendation;
import jp.tokyo.monozukuri.approval.domain.ReturnWithReasons;
import jp.tokyo.monozukuri.approval.domain.Review;
import jp.tokyo.monozukuri.approval.domain.ReviewActivity;
import jp.tokyo.monozukuri.approval.domain.ReviewComment;
import jp.tokyo.monozukuri.approval.domain.ReviewStatus;
import jp.tokyo.monozukuri.approval.domain.Withdrawal;
import jp.tokyo.monozukuri.approval.domain.WithdrawalRefusal;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A review as stored: its state, the fields lists are filtered by, and its outbox. One submitted revision has
 * at most one review (unique plan + revision), and one {@code plan.submitted} event opens at most one.
 *
 * @param version incremented by every update; an update names the version it read (optimistic locking)
 */
@Document(ReviewDocument.COLLECTION)
@CompoundIndex(name = "plan_revision", def = "{'planId': 1, 'revision': 1}", unique = true)
@CompoundIndex(name = "status_municipality", def = "{'status': 1, 'municipalityCode': 1, 'receivedAt': -1}")
record ReviewDocument(
        @Id String id,
        long version,
        String planId,
        int revision,
        String municipalityCode,
        int sequence,
        String previousReviewId,
        @Indexed(unique = true) String sourceEventId,
        String correlationId,
        ReviewStatus status,
        OffsetDateTime receivedAt,
        String reviewer,
        PlanRevision plan,
        List<ReviewComment> comments,
        ReturnWithReasons returned,
        Recommendation recommendation,
        PendingDecision pendingDecision,
        Decision decision,
        Withdrawal withdrawal,
        List<ReviewActivity> activities,
        WithdrawalRefusal withdrawalRefusal,
        List<String> authors,
        List<OutboxEntry> outbox) {

    static final String COLLECTION = "reviews";

    static ReviewDocument of(Review review, long version, List<OutboxEntry> outbox) {
        Review.Snapshot s = review.snapshot();
        return new ReviewDocument(s.id(), version, review.planId(), review.revision(), review.municipalityCode(),
                s.sequence(), s.previousReviewId(), s.sourceEventId(), s.correlationId(), s.status(), s.receivedAt(),
                s.reviewer(), s.plan(), s.comments(), s.returned(), s.recommendation(), s.pendingDecision(),
                s.decision(), s.withdrawal(), s.activities(), s.withdrawalRefusal(), s.authors(), outbox);
    }

    StoredReview toStored() {
        return new StoredReview(Review.restore(new Review.Snapshot(id, plan, sequence, previousReviewId,
                sourceEventId, correlationId, receivedAt, status, reviewer, comments, returned, recommendation,
                pendingDecision, decision, withdrawal, activities, withdrawalRefusal, authors)), version);
    }
}
