package jp.tokyo.monozukuri.approval.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import jp.tokyo.monozukuri.approval.domain.DecisionInProgressException;
import jp.tokyo.monozukuri.approval.domain.ResubmissionNotAllowedException;
import jp.tokyo.monozukuri.approval.domain.Review;
import jp.tokyo.monozukuri.approval.persistence.ReviewStore;
import jp.tokyo.monozukuri.approval.persistence.StoredReview;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.contracts.plan.PlanWithdrawn;
import jp.tokyo.monozukuri.infrastructure.events.MalformedEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What plan-service tells approval-service: a submission opens a review, a withdrawal closes the open one.
 * Both are idempotent: a redelivered submission finds its revision's review (unique per plan and revision),
 * a redelivered withdrawal finds the review already closed.
 */
@Service
public class ReviewIntake {

    private static final Logger log = LoggerFactory.getLogger(ReviewIntake.class);

    private final ReviewStore reviews;
    private final OutgoingEvents events;
    private final Clock clock;

    public ReviewIntake(ReviewStore reviews, OutgoingEvents events, Clock clock) {
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    /** {@code plan.submitted}: opens the review of the submitted revision, linked to the plan's previous one. */
    public void receive(EventEnvelope<PlanSubmitted> event) {
        PlanRevision plan = event.payload().plan();
        if (plan == null || plan.planId() == null || plan.measures() == null) {
            throw new MalformedEventException("plan.submitted " + event.eventId() + " carries no complete revision");
        }
        if (reviews.findByPlanRevision(plan.planId(), plan.revision()).isPresent()) {
            log.info("revision {} of {} already has its review; redelivery ignored", plan.revision(), plan.planId());
            return;
        }
        Optional<StoredReview> previous = reviews.latestOfPlan(plan.planId());
        if (previous.isPresent() && previous.get().review().revision() > plan.revision()) {
            log.warn("revision {} of {} arrived after revision {}; ignored as stale", plan.revision(), plan.planId(),
                    previous.get().review().revision());
            return;
        }
        Review review;
        try {
            review = Review.receive(UUID.randomUUID().toString(), plan, previous.map(StoredReview::review).orElse(null),
                    event.eventId().toString(), correlationOf(event), OffsetDateTime.now(clock));
        } catch (ResubmissionNotAllowedException | IllegalArgumentException impossible) {
            // plan-service only resubmits returned plans; this event can never open a review, retrying won't help
            throw new MalformedEventException(impossible.getMessage(), impossible);
        }
        if (reviews.insert(review, events.of(review))) {
            log.info("review {} opened for revision {} of {}", review.id(), plan.revision(), plan.planId());
        } else {
            log.info("revision {} of {} got its review concurrently; redelivery ignored", plan.revision(),
                    plan.planId());
        }
    }

    /** {@code plan.withdrawn}: closes the plan's open review, unless an approver has already decided it. */
    public void withdraw(EventEnvelope<PlanWithdrawn> event) {
        PlanWithdrawn withdrawn = event.payload();
        if (Conflicts.retry(() -> closeOpenReview(withdrawn))) {
            log.info("the open review of plan {} was withdrawn", withdrawn.planId());
        }
    }

    private boolean closeOpenReview(PlanWithdrawn withdrawn) {
        Optional<StoredReview> found = reviews.findByPlanRevision(withdrawn.planId(), withdrawn.revision())
                .or(() -> reviews.latestOfPlan(withdrawn.planId()));
        if (found.isEmpty() || !found.get().review().status().isOpen()) {
            log.info("plan {} has no open review to withdraw; nothing to do", withdrawn.planId());
            return false;
        }
        StoredReview stored = found.get();
        try {
            stored.review().withdraw(withdrawn.reason(), withdrawn.withdrawnBy(),
                    withdrawn.withdrawnAt() == null ? OffsetDateTime.now(clock) : withdrawn.withdrawnAt());
        } catch (DecisionInProgressException decided) {
            log.warn("plan {} was withdrawn while review {} was being decided; the decision stands",
                    withdrawn.planId(), stored.review().id());
            return false;
        }
        reviews.update(stored, events.of(stored.review()));
        return true;
    }

    private static String correlationOf(EventEnvelope<?> event) {
        return event.correlationId() == null ? event.eventId().toString() : event.correlationId();
    }
}
