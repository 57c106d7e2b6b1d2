package jp.tokyo.monozukuri.approval.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalAccepted;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalRefused;
import jp.tokyo.monozukuri.contracts.approval.PlanApproved;
import jp.tokyo.monozukuri.contracts.approval.PlanRejected;
import jp.tokyo.monozukuri.contracts.approval.PlanReturned;
import jp.tokyo.monozukuri.contracts.approval.ReviewStarted;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;

/**
 * 審査 — Tokyo's review of one submitted revision of a plan, from receipt to a decision (or a return or a
 * withdrawal). The revision is kept frozen exactly as received. A resubmission after a return opens the next
 * review of the same plan, linked to this one, so a plan's reviews read as a chain in order.
 *
 * <p>Every change records who did it and when, and raises the events it causes in {@link #pendingEvents()},
 * which are saved together with the new state.
 */
public final class Review {

    private final String id;
    private final PlanRevision plan;
    private final int sequence;
    private final String previousReviewId;
    private final String sourceEventId;
    private final String correlationId;
    private final OffsetDateTime receivedAt;
    private ReviewStatus status;
    private String reviewer;
    private final List<ReviewComment> comments;
    private ReturnWithReasons returned;
    private Recommendation recommendation;
    private PendingDecision pendingDecision;
    private Decision decision;
    private Withdrawal withdrawal;
    private WithdrawalRefusal withdrawalRefusal;
    private final List<String> authors;
    private final List<ReviewActivity> activities;
    private final List<PendingEvent> pendingEvents = new ArrayList<>();

    private Review(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.plan = Objects.requireNonNull(s.plan(), "plan");
        this.sequence = s.sequence();
        this.previousReviewId = s.previousReviewId();
        this.sourceEventId = s.sourceEventId();
        this.correlationId = s.correlationId();
        this.receivedAt = Objects.requireNonNull(s.receivedAt(), "receivedAt");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.reviewer = s.reviewer();
        this.comments = new ArrayList<>(s.comments());
        this.returned = s.returned();
        this.recommendation = s.recommendation();
        this.pendingDecision = s.pendingDecision();
        this.decision = s.decision();
        this.withdrawal = s.withdrawal();
        this.withdrawalRefusal = s.withdrawalRefusal();
        this.authors = s.authors();
        this.activities = new ArrayList<>(s.activities());
    }

    /**
     * Opens the review of a submitted revision. The first submission of a plan opens review 1; a newer revision
     * after a return opens the next one, linked to {@code previous}.
     *
     * @param previous the plan's latest review so far, or null for its first submission
     * @throws ResubmissionNotAllowedException if {@code previous} is not a RETURNED review of an older revision
     */
    public static Review receive(String id, PlanRevision plan, Review previous, String sourceEventId,
            String correlationId, OffsetDateTime at) {
        return receive(id, plan, List.of(), previous, sourceEventId, correlationId, at);
    }

    /**
     * As {@link #receive(String, PlanRevision, Review, String, String, OffsetDateTime)}, knowing who wrote the plan:
     * they (and its submitter) may never act on its review.
     */
    public static Review receive(String id, PlanRevision plan, List<String> authors, Review previous,
            String sourceEventId, String correlationId, OffsetDateTime at) {
        Objects.requireNonNull(plan, "plan");
        if (plan.planId() == null || plan.planId().isBlank()) {
            throw new IllegalArgumentException("a submitted revision names its plan");
        }
        if (plan.measures() == null) {
            throw new IllegalArgumentException("a submitted revision lists its measures");
        }
        int sequence = 1;
        String previousId = null;
        if (previous != null) {
            if (!previous.planId().equals(plan.planId())) {
                throw new IllegalArgumentException("review " + previous.id + " is not about plan " + plan.planId());
            }
            if (previous.status != ReviewStatus.RETURNED || plan.revision() <= previous.revision()) {
                throw new ResubmissionNotAllowedException(plan.planId(), plan.revision(), previous);
            }
            sequence = previous.sequence + 1;
            previousId = previous.id;
        }
        LinkedHashSet<String> writers = new LinkedHashSet<>();
        authors.stream().filter(Objects::nonNull).forEach(writers::add);
        if (plan.submittedBy() != null) {
            writers.add(plan.submittedBy());
        }
        if (previous != null) {
            writers.addAll(previous.authors);
        }
        Review review = new Review(new Snapshot(id, plan, sequence, previousId, sourceEventId, correlationId, at,
                ReviewAction.initialState(), null, List.of(), null, null, null, null, null, List.of(), null,
                List.copyOf(writers)));
        review.activities.add(new ReviewActivity(ReviewAction.RECEIVE, plan.submittedBy(), at));
        return review;
    }

    /** Rebuilds a review from what was stored; raises no events. */
    public static Review restore(Snapshot snapshot) {
        return new Review(snapshot);
    }

    /** 審査開始 — the reviewer takes the review up and is assigned to it. */
    public void start(String by, OffsetDateTime at) {
        ReviewStatus next = ReviewAction.START.apply(id, status);
        requireNotAnAuthor(by);
        status = next;
        reviewer = by;
        record(ReviewAction.START, by, at);
        raise(EventTypes.REVIEW_STARTED, new ReviewStarted(id, planId(), revision(), plan.title(), by, at));
    }

    /**
     * Adds an internal comment, optionally about one measure of the plan under review.
     *
     * @throws UnknownMeasureException if the revision has no measure {@code measureNumber}
     */
    public ReviewComment comment(String by, String text, Integer measureNumber, OffsetDateTime at) {
        return comment(by, false, text, measureNumber, at);
    }

    /**
     * Adds an internal comment: by the assigned reviewer, or — once the review is recommended and awaits its
     * decision — by an approver ({@code asApprover}); never by one of the plan's authors.
     *
     * @throws SeparationOfDutiesException for anyone else
     */
    public ReviewComment comment(String by, boolean asApprover, String text, Integer measureNumber,
            OffsetDateTime at) {
        status = ReviewAction.COMMENT.apply(id, status);
        requireNotAnAuthor(by);
        if (!by.equals(reviewer) && !(asApprover && status == ReviewStatus.RECOMMENDED)) {
            throw SeparationOfDutiesException.notTheAssignedReviewer(id, by, reviewer);
        }
        if (measureNumber != null && plan.measures().stream().noneMatch(m -> m.number() == measureNumber)) {
            throw new UnknownMeasureException(id, measureNumber);
        }
        ReviewComment comment = new ReviewComment(comments.size() + 1, by, at, text.strip(), measureNumber);
        comments.add(comment);
        record(ReviewAction.COMMENT, by, at);
        return comment;
    }

    /** 差戻し — sends the plan back to the municipality with the reasons it will read. */
    public void returnToMunicipality(List<String> reasons, String by, OffsetDateTime at) {
        ReviewStatus next = ReviewAction.RETURN.apply(id, status);
        requireAssignedReviewer(by);
        List<String> given = requireReasons(reasons, ReviewAction.RETURN);
        status = next;
        returned = new ReturnWithReasons(given, by, at);
        record(ReviewAction.RETURN, by, at);
        raise(EventTypes.PLAN_RETURNED, new PlanReturned(id, planId(), revision(), plan.title(), given, by, at));
    }

    /** The reviewer recommends approval; from now on an approver (someone else) decides. */
    public void recommend(String by, String note, OffsetDateTime at) {
        ReviewStatus next = ReviewAction.RECOMMEND.apply(id, status);
        requireAssignedReviewer(by);
        status = next;
        recommendation = new Recommendation(by, at, note == null || note.isBlank() ? null : note.strip());
        record(ReviewAction.RECOMMEND, by, at);
    }

    /**
     * 担当替え — an ADMIN hands the review to another reviewer, who is from now on the only one who may return or
     * recommend it. Nobody who wrote the plan can be given it.
     */
    public void reassign(String newReviewer, String by, OffsetDateTime at) {
        ReviewAction.REASSIGN.apply(id, status);
        if (newReviewer == null || newReviewer.isBlank()) {
            throw new IllegalArgumentException("a review is reassigned to someone");
        }
        requireNotAnAuthor(by);
        requireNotAnAuthor(newReviewer.strip());
        reviewer = newReviewer.strip();
        record(ReviewAction.REASSIGN, by, at);
    }

    /**
     * First half of a decision: the approver decides, which is recorded on the review before a document number
     * is claimed for it. Repeating the same decision by the same approver (a retry) changes nothing.
     *
     * @return true if the decision was recorded now, false if it was already pending
     * @throws FourEyesViolationException   if {@code by} recommended the review
     * @throws DecisionInProgressException  if another decision is pending
     * @throws ReasonsRequiredException     for a rejection without reasons
     */
    public boolean beginDecision(DecisionKind kind, String by, List<String> reasons, OffsetDateTime at) {
        if (pendingDecision != null) {
            if (pendingDecision.isRepeatedBy(kind, by)) {
                return false;
            }
            throw new DecisionInProgressException(id, pendingDecision);
        }
        if (status == ReviewStatus.WITHDRAWN) {
            throw new ReviewWithdrawnException(id, kind.action(), withdrawal);
        }
        kind.action().apply(id, status);
        if (recommendation.recommendedBy().equals(by)) {
            throw new FourEyesViolationException(id, by);
        }
        requireNotAnAuthor(by);
        if (by.equals(reviewer)) {
            throw SeparationOfDutiesException.assignedReviewerDecides(id, by);
        }
        List<String> given = kind == DecisionKind.REJECTION ? requireReasons(reasons, ReviewAction.REJECT)
                : List.of();
        pendingDecision = new PendingDecision(kind, by, TokyoTime.dateOf(at), given, at);
        return true;
    }

    /**
     * Second half of a decision: completes the pending decision under its document number and announces it
     * ({@code plan.approved} or {@code plan.rejected}).
     */
    public void completeDecision(DocumentNumber number) {
        if (pendingDecision == null) {
            throw new IllegalStateException("review " + id + " has no pending decision to complete");
        }
        if (number.fiscalYear() != pendingDecision.fiscalYear()) {
            throw new IllegalArgumentException("document number " + number + " is not of fiscal year "
                    + pendingDecision.fiscalYear() + " of the decision");
        }
        PendingDecision taken = pendingDecision;
        ReviewAction action = taken.kind().action();
        status = action.apply(id, status);
        decision = new Decision(taken.kind(), number, taken.decisionDate(), taken.reasons(), taken.decidedBy(),
                taken.decidedAt());
        pendingDecision = null;
        record(action, taken.decidedBy(), taken.decidedAt());
        if (taken.kind() == DecisionKind.APPROVAL) {
            raise(EventTypes.PLAN_APPROVED, new PlanApproved(id, planId(), revision(), plan.title(),
                    plan.municipalityName(), number.formatted(), taken.decisionDate(), plan.startFiscalYear(),
                    plan.endFiscalYear(), taken.decidedBy(), plan));
        } else {
            raise(EventTypes.PLAN_REJECTED, new PlanRejected(id, planId(), revision(), plan.title(), taken.reasons(),
                    number.formatted(), taken.decisionDate(), taken.decidedBy()));
        }
    }

    /**
     * 取下げ — the municipality withdrew the plan; closes the review if it is open.
     *
     * @throws DecisionInProgressException if an approver has already decided and the number is being taken
     */
    public void withdraw(String reason, String by, OffsetDateTime at) {
        if (pendingDecision != null) {
            throw new DecisionInProgressException(id, pendingDecision);
        }
        status = ReviewAction.WITHDRAW.apply(id, status);
        withdrawal = new Withdrawal(reason, by, at);
        record(ReviewAction.WITHDRAW, by, at);
    }

    /**
     * 取下げの申出 — the municipality asks to withdraw the plan. This review decides, in the same versioned write
     * that a decision would be recorded with, so exactly one of them wins: with no decision made or in progress the
     * review is WITHDRAWN for good (no number is ever taken for it) and {@code approval.withdrawal-accepted} is
     * raised; otherwise the decision stands and {@code approval.withdrawal-refused} says why. A request already
     * handled (the same request id, or one asked no later than the last refused one) changes nothing.
     *
     * @param requestId the id of the request (its event), so that a redelivery is recognised
     */
    public WithdrawalOutcome requestWithdrawal(String requestId, String reason, String by,
            OffsetDateTime requestedAt, OffsetDateTime at) {
        if (status == ReviewStatus.WITHDRAWN || (withdrawalRefusal != null
                && (withdrawalRefusal.requestId().equals(requestId)
                        || !requestedAt.isAfter(withdrawalRefusal.requestedAt())))) {
            // a plan's requests arrive in order: one no newer than the last refused is a redelivery of an older one
            return WithdrawalOutcome.ALREADY_HANDLED;
        }
        if (pendingDecision != null || decision != null) {
            DecisionKind kind = decision != null ? decision.kind() : pendingDecision.kind();
            String number = decision != null ? decision.documentNumber().formatted() : null;
            String refusal = decision != null
                    ? "取下げの申出の前に" + (kind == DecisionKind.APPROVAL ? "承認" : "不承認") + "されています(" + number + ")。"
                    : "取下げの申出の時点で" + (kind == DecisionKind.APPROVAL ? "承認" : "不承認") + "の決裁中でした。";
            withdrawalRefusal = new WithdrawalRefusal(requestId, refusal, by, requestedAt, at);
            record(ReviewAction.REFUSE_WITHDRAWAL, by, at);
            raise(EventTypes.APPROVAL_WITHDRAWAL_REFUSED, new ApprovalWithdrawalRefused(id, planId(), revision(),
                    plan.title(), refusal, kind.name(), number, by, requestedAt, at));
            return WithdrawalOutcome.REFUSED;
        }
        status = ReviewAction.WITHDRAW.apply(id, status);
        withdrawal = new Withdrawal(reason, by, requestedAt);
        record(ReviewAction.WITHDRAW, by, at);
        raise(EventTypes.APPROVAL_WITHDRAWAL_ACCEPTED, new ApprovalWithdrawalAccepted(id, planId(), revision(),
                plan.title(), reason, by, requestedAt, at));
        return WithdrawalOutcome.ACCEPTED;
    }

    /** The events raised since this review was received or restored, oldest first. */
    public List<PendingEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, plan, sequence, previousReviewId, sourceEventId, correlationId, receivedAt, status,
                reviewer, comments, returned, recommendation, pendingDecision, decision, withdrawal, activities,
                withdrawalRefusal, authors);
    }

    public String id() {
        return id;
    }

    public String planId() {
        return plan.planId();
    }

    public int revision() {
        return plan.revision();
    }

    public String municipalityCode() {
        return plan.municipalityCode();
    }

    public PlanRevision plan() {
        return plan;
    }

    /** 1 for the plan's first review, n + 1 for the review after a return. */
    public int sequence() {
        return sequence;
    }

    public Optional<String> previousReviewId() {
        return Optional.ofNullable(previousReviewId);
    }

    /** The {@code plan.submitted} event this review was opened from. */
    public String sourceEventId() {
        return sourceEventId;
    }

    /** Carried into every event of this review, so one submission can be followed across services. */
    public String correlationId() {
        return correlationId;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public ReviewStatus status() {
        return status;
    }

    public Optional<String> reviewer() {
        return Optional.ofNullable(reviewer);
    }

    public List<ReviewComment> comments() {
        return List.copyOf(comments);
    }

    public Optional<ReturnWithReasons> returned() {
        return Optional.ofNullable(returned);
    }

    public Optional<Recommendation> recommendation() {
        return Optional.ofNullable(recommendation);
    }

    public Optional<PendingDecision> pendingDecision() {
        return Optional.ofNullable(pendingDecision);
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<Withdrawal> withdrawal() {
        return Optional.ofNullable(withdrawal);
    }

    public List<ReviewActivity> activities() {
        return List.copyOf(activities);
    }

    /** The last withdrawal this review refused, if any. */
    public Optional<WithdrawalRefusal> withdrawalRefusal() {
        return Optional.ofNullable(withdrawalRefusal);
    }

    /** Who wrote the plan (creator, editor, submitters): none of them may act on this review. */
    public List<String> authors() {
        return authors;
    }

    private void requireNotAnAuthor(String person) {
        if (authors.contains(person)) {
            throw SeparationOfDutiesException.author(id, person);
        }
    }

    private void requireAssignedReviewer(String person) {
        requireNotAnAuthor(person);
        if (!person.equals(reviewer)) {
            throw SeparationOfDutiesException.notTheAssignedReviewer(id, person, reviewer);
        }
    }

    private void record(ReviewAction action, String by, OffsetDateTime at) {
        activities.add(new ReviewActivity(action, by, at));
    }

    private void raise(String eventType, Object payload) {
        pendingEvents.add(new PendingEvent(eventType, payload));
    }

    private static List<String> requireReasons(List<String> reasons, ReviewAction action) {
        List<String> given = reasons == null ? List.of()
                : reasons.stream().filter(Objects::nonNull).map(String::strip).filter(r -> !r.isEmpty()).toList();
        if (given.isEmpty()) {
            throw new ReasonsRequiredException(action);
        }
        return given;
    }

    /** Everything a review is, for storing and restoring it. */
    public record Snapshot(String id, PlanRevision plan, int sequence, String previousReviewId,
            String sourceEventId, String correlationId, OffsetDateTime receivedAt, ReviewStatus status,
            String reviewer, List<ReviewComment> comments, ReturnWithReasons returned, Recommendation recommendation,
            PendingDecision pendingDecision, Decision decision, Withdrawal withdrawal,
            List<ReviewActivity> activities, WithdrawalRefusal withdrawalRefusal, List<String> authors) {

        public Snapshot {
            comments = comments == null ? List.of() : List.copyOf(comments);
            activities = activities == null ? List.of() : List.copyOf(activities);
            authors = authors == null ? List.of() : List.copyOf(authors);
        }
    }
}
