package jp.tokyo.monozukuri.approval.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import jp.tokyo.monozukuri.approval.ApprovalProperties;
import jp.tokyo.monozukuri.approval.persistence.ReviewStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes decisions that were recorded but never numbered — the replica crashed, or the store failed, between
 * the two halves of {@link ApproverDecisions}. Safe on every replica at once: completion is idempotent.
 */
@Component
public class PendingDecisionCompleter {

    private static final Logger log = LoggerFactory.getLogger(PendingDecisionCompleter.class);

    private final ReviewStore reviews;
    private final ApproverDecisions decisions;
    private final ApprovalProperties properties;
    private final Clock clock;

    public PendingDecisionCompleter(ReviewStore reviews, ApproverDecisions decisions, ApprovalProperties properties,
            Clock clock) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${approval.decision-completion-interval}",
            initialDelayString = "${approval.decision-completion-interval}")
    public void completeStaleDecisions() {
        OffsetDateTime decidedBefore = OffsetDateTime.now(clock).minus(properties.decisionCompletionAfter());
        for (String reviewId : reviews.idsWithDecisionPendingSince(decidedBefore)) {
            try {
                decisions.complete(reviewId);
                log.info("completed the pending decision of review {}", reviewId);
            } catch (RuntimeException e) {
                log.warn("could not complete the pending decision of review {} yet: {}", reviewId, e.toString());
            }
        }
    }
}
