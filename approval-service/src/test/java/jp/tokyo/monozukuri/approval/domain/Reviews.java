package jp.tokyo.monozukuri.approval.domain;

import java.time.OffsetDateTime;
import java.util.List;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;

/** Reviews brought to a given state the way staff would, for the tests that start there. */
final class Reviews {

    static final String REVIEWER = "tokyo-reviewer-sato";
    static final String APPROVER = "tokyo-approver-suzuki";
    static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2014-01-20T10:15:05+09:00");
    static final OffsetDateTime STARTED = OffsetDateTime.parse("2014-01-27T09:40:00+09:00");
    static final OffsetDateTime RECOMMENDED_AT = OffsetDateTime.parse("2014-03-10T15:00:00+09:00");
    static final OffsetDateTime DECIDED = OffsetDateTime.parse("2014-03-13T10:00:00+09:00");

    private Reviews() {
    }

    static Review pending(PlanRevision plan) {
        return Review.receive("review-" + plan.planId() + "-" + plan.revision(), plan, null, "event-1",
                "correlation-1", RECEIVED);
    }

    static Review pending() {
        return pending(SamplePlans.shinagawa());
    }

    static Review inReview() {
        Review review = pending();
        review.start(REVIEWER, STARTED);
        return review;
    }

    static Review recommended() {
        return recommended(SamplePlans.shinagawa());
    }

    static Review recommended(PlanRevision plan) {
        Review review = pending(plan);
        review.start(REVIEWER, STARTED);
        review.recommend(REVIEWER, "計画内容は妥当", RECOMMENDED_AT);
        return review;
    }

    static Review returned() {
        Review review = inReview();
        review.returnToMunicipality(List.of("各事業の年度別事業費を記載してください。"), REVIEWER, STARTED.plusDays(7));
        return review;
    }

    static Review approved(PlanRevision plan, int sequence) {
        Review review = recommended(plan);
        review.beginDecision(DecisionKind.APPROVAL, APPROVER, List.of(), DECIDED);
        review.completeDecision(new DocumentNumber(2013, "産労商地", sequence));
        return review;
    }

    static Review withdrawn() {
        Review review = inReview();
        review.withdraw("計画内容を再検討するため", "shinagawa-planner", STARTED.plusDays(1));
        return review;
    }

    static Review rejected() {
        Review review = recommended();
        review.beginDecision(DecisionKind.REJECTION, APPROVER, List.of("集積強化につながる施策となっていません。"), DECIDED);
        review.completeDecision(new DocumentNumber(2013, "産労商地", 1));
        return review;
    }

    /** A review in {@code status}, reached through the actions that lead there. */
    static Review in(ReviewStatus status) {
        return switch (status) {
            case PENDING -> pending();
            case IN_REVIEW -> inReview();
            case RETURNED -> returned();
            case RECOMMENDED -> recommended();
            case APPROVED -> approved(SamplePlans.shinagawa(), 1);
            case REJECTED -> rejected();
            case WITHDRAWN -> withdrawn();
        };
    }
}
