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
import jp.tokyo.monozukuri.approval.domain.WithdrawalOutcome;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.contracts.plan.PlanWithdrawalRequested;
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
            review = Review.receive(UUID.randomUUID().toString(), plan, event.payload().authors(),
                    previous.map(StoredReview::review).orElse(null), event.eventId().toString(), correlationOf(event),
                    OffsetDateTime.now(clock));
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

    /**
     * {@code plan.withdrawal-requested}: the review of the revision accepts or refuses the withdrawal (see
     * {@link Review#requestWithdrawal}), in one versioned write that races decisions fairly: whichever is saved
     * first wins, the other is retried on the fresh state and obeys it. Events of one plan arrive in order, so the
     * revision's review exists; if it does not (its {@code plan.submitted} was dead-lettered), the request is
     * retried and then dead-lettered too, where an operator sees both.
     */
    public void requestWithdrawal(EventEnvelope<PlanWithdrawalRequested> event) {
        PlanWithdrawalRequested request = event.payload();
        if (request.planId() == null || request.planId().isBlank()) {
            throw new MalformedEventException("plan.withdrawal-requested " + event.eventId() + " names no plan");
        }
        WithdrawalOutcome outcome = Conflicts.retry(() -> {
            StoredReview stored = reviews.findByPlanRevision(request.planId(), request.revision())
                    .orElseThrow(() -> new IllegalStateException("revision " + request.revision() + " of plan "
                            + request.planId() + " has no review (yet) to withdraw"));
            OffsetDateTime requestedAt = request.requestedAt() == null ? event.occurredAt() : request.requestedAt();
            WithdrawalOutcome decided = stored.review().requestWithdrawal(event.eventId().toString(),
                    request.reason(), request.requestedBy(), requestedAt, OffsetDateTime.now(clock));
            if (decided != WithdrawalOutcome.ALREADY_HANDLED) {
                reviews.update(stored, events.of(stored.review()));
            }
            return decided;
        });
        log.info("withdrawal of revision {} of plan {}: {}", request.revision(), request.planId(), outcome);
    }

    /** {@code plan.withdrawn} (from before withdrawals were requests; kept for records still on the topic): closes the plan's open review, unless an approver has already decided it. */
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
