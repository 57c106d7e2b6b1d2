package jp.tokyo.monozukuri.approval.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.approval.ApprovalProperties;
import jp.tokyo.monozukuri.approval.domain.DecisionKind;
import jp.tokyo.monozukuri.approval.domain.DocumentNumber;
import jp.tokyo.monozukuri.approval.domain.DocumentNumberLedger;
import jp.tokyo.monozukuri.approval.domain.PendingDecision;
import jp.tokyo.monozukuri.approval.domain.Review;
import jp.tokyo.monozukuri.approval.persistence.ReviewStore;
import jp.tokyo.monozukuri.approval.persistence.StoredReview;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import org.springframework.stereotype.Service;

/**
 * Where a plan is approved (承認) or rejected (不承認). A decision takes two single-document writes with a
 * document number claimed in between:
 * <ol>
 * <li>the approver's decision is recorded on the review (four eyes checked, nothing numbered yet);</li>
 * <li>the review's number is claimed from the ledger — the same number however often this is repeated;</li>
 * <li>the review is completed under that number, with {@code plan.approved} / {@code plan.rejected} in its
 * outbox.</li>
 * </ol>
 * If anything fails after step 1, the decision stays pending and blocks every other change but its own
 * completion, which the approver's retry or {@link PendingDecisionCompleter} finishes with the number already
 * claimed: numbers are never skipped and never given twice.
 */
@Service
public class ApproverDecisions {

    private final ReviewStore reviews;
    private final DocumentNumberLedger ledger;
    private final OutgoingEvents events;
    private final ApprovalProperties properties;
    private final Clock clock;

    public ApproverDecisions(ReviewStore reviews, DocumentNumberLedger ledger, OutgoingEvents events,
            ApprovalProperties properties, Clock clock) {
        this.reviews = reviews;
        this.ledger = ledger;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    public Review approve(String reviewId, String approver) {
        return decide(reviewId, DecisionKind.APPROVAL, approver, List.of());
    }

    public Review reject(String reviewId, String approver, List<String> reasons) {
        return decide(reviewId, DecisionKind.REJECTION, approver, reasons);
    }

    /** Completes a decision that was recorded but not yet numbered; does nothing if none is pending. */
    public Review complete(String reviewId) {
        return Conflicts.retry(() -> {
            StoredReview stored = load(reviewId);
            Optional<PendingDecision> pending = stored.review().pendingDecision();
            if (pending.isEmpty()) {
                return stored.review();
            }
            DocumentNumber number = ledger.claim(properties.documentNumberPrefix(), pending.get().fiscalYear(),
                    reviewId);
            stored.review().completeDecision(number);
            reviews.update(stored, events.of(stored.review()));
            return stored.review();
        });
    }

    private Review decide(String reviewId, DecisionKind kind, String approver, List<String> reasons) {
        Conflicts.retry(() -> {
            StoredReview stored = load(reviewId);
            if (stored.review().beginDecision(kind, approver, reasons, OffsetDateTime.now(clock))) {
                reviews.update(stored, List.of());
            }
            return stored.review();
        });
        return complete(reviewId);
    }

    private StoredReview load(String reviewId) {
        return reviews.find(reviewId).orElseThrow(() -> new ApiProblem.NotFound("review", reviewId));
    }
}
