package jp.tokyo.monozukuri.approval.domain;

import static jp.tokyo.monozukuri.approval.domain.Reviews.APPROVER;
import static jp.tokyo.monozukuri.approval.domain.Reviews.DECIDED;
import static jp.tokyo.monozukuri.approval.domain.Reviews.RECEIVED;
import static jp.tokyo.monozukuri.approval.domain.Reviews.RECOMMENDED_AT;
import static jp.tokyo.monozukuri.approval.domain.Reviews.REVIEWER;
import static jp.tokyo.monozukuri.approval.domain.Reviews.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 職務の分離: nobody who wrote or submitted a plan acts on its review; only the assigned reviewer returns or
 * recommends it; the approver is neither the recommender nor the assigned reviewer.
 */
class SeparationOfDutiesTest {

    private static final String AUTHOR = "shinagawa-planner";
    private static final String CO_AUTHOR = "shinagawa-editor";
    private static final String OTHER_REVIEWER = "tokyo-reviewer-tanaka";

    private static Review pendingWrittenBy(String... authors) {
        PlanRevision plan = SamplePlans.shinagawa();
        return Review.receive("review-1", plan, List.of(authors), null, "event-1", "correlation-1", RECEIVED);
    }

    @Test
    void theSubmitterOfAPlanCannotStartItsReview() {
        // given: the sample revision is submitted by shinagawa-planner
        Review review = pendingWrittenBy();

        // when / then
        assertThatThrownBy(() -> review.start(AUTHOR, STARTED))
                .isInstanceOfSatisfying(SeparationOfDutiesException.class, e -> assertThat(e.rule()).isEqualTo("author"));
        assertThat(review.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(review.reviewer()).isEmpty();
    }

    @Test
    void anAuthorNamedInPlanSubmittedCannotStartReassignOrDecide() {
        // given
        Review review = pendingWrittenBy(CO_AUTHOR);
        assertThat(review.authors()).containsExactlyInAnyOrder(CO_AUTHOR, AUTHOR);

        // when / then
        assertThatThrownBy(() -> review.start(CO_AUTHOR, STARTED)).isInstanceOf(SeparationOfDutiesException.class);
        review.start(REVIEWER, STARTED);
        assertThatThrownBy(() -> review.reassign(CO_AUTHOR, "tokyo-admin", STARTED))
                .isInstanceOf(SeparationOfDutiesException.class);
        review.recommend(REVIEWER, null, RECOMMENDED_AT);
        assertThatThrownBy(() -> review.beginDecision(DecisionKind.APPROVAL, CO_AUTHOR, List.of(), DECIDED))
                .isInstanceOf(SeparationOfDutiesException.class);
        assertThat(review.pendingDecision()).isEmpty();
    }

    @Test
    void theAuthorsOfEarlierRevisionsStayAuthorsOfTheNextReview() {
        // given
        Review first = pendingWrittenBy(CO_AUTHOR);
        first.start(REVIEWER, STARTED);
        first.returnToMunicipality(List.of("年度別事業費を記載してください。"), REVIEWER, STARTED.plusDays(1));
        PlanRevision second = SamplePlans.shinagawa(2);

        // when
        Review next = Review.receive("review-2", second, List.of(), first, "event-2", "correlation-2", RECEIVED);

        // then
        assertThat(next.authors()).contains(CO_AUTHOR, AUTHOR);
    }

    @Test
    void onlyTheAssignedReviewerReturnsOrRecommends() {
        // given
        Review review = Reviews.inReview();

        // when / then
        assertThatThrownBy(() -> review.recommend(OTHER_REVIEWER, null, RECOMMENDED_AT))
                .isInstanceOfSatisfying(SeparationOfDutiesException.class,
                        e -> assertThat(e.rule()).isEqualTo("assigned-reviewer"));
        assertThatThrownBy(() -> review.returnToMunicipality(List.of("理由"), OTHER_REVIEWER, RECOMMENDED_AT))
                .isInstanceOf(SeparationOfDutiesException.class);
        assertThatThrownBy(() -> review.comment(OTHER_REVIEWER, "横から", null, RECOMMENDED_AT))
                .isInstanceOf(SeparationOfDutiesException.class);
        assertThat(review.status()).isEqualTo(ReviewStatus.IN_REVIEW);
        assertThat(review.pendingEvents()).extracting(PendingEvent::eventType).containsExactly("review.started");
    }

    @Test
    void anAdminReassignsAndFromThenOnOnlyTheNewReviewerRecommends() {
        // given
        Review review = Reviews.inReview();

        // when
        review.reassign(OTHER_REVIEWER, "tokyo-admin", RECOMMENDED_AT);

        // then
        assertThat(review.reviewer()).contains(OTHER_REVIEWER);
        assertThat(review.activities()).extracting(ReviewActivity::action).contains(ReviewAction.REASSIGN);
        assertThatThrownBy(() -> review.recommend(REVIEWER, null, RECOMMENDED_AT))
                .isInstanceOf(SeparationOfDutiesException.class);
        review.recommend(OTHER_REVIEWER, null, RECOMMENDED_AT);
        assertThat(review.status()).isEqualTo(ReviewStatus.RECOMMENDED);
    }

    @Test
    void aReviewIsReassignedOnlyWhileInReview() {
        assertThatThrownBy(() -> Reviews.recommended().reassign(OTHER_REVIEWER, "tokyo-admin", DECIDED))
                .isInstanceOf(IllegalReviewTransitionException.class);
        assertThatThrownBy(() -> Reviews.pending().reassign(OTHER_REVIEWER, "tokyo-admin", DECIDED))
                .isInstanceOf(IllegalReviewTransitionException.class);
    }

    @ParameterizedTest
    @EnumSource(DecisionKind.class)
    void theAssignedReviewerCannotDecideAfterAReassignmentMadeSomeoneElseRecommend(DecisionKind kind) {
        // given: sato started, an admin handed it to tanaka, tanaka recommended, then ... sato is no longer
        // assigned, so the rule that matters is: the assigned reviewer (tanaka) recommended and is refused
        Review review = Reviews.inReview();
        review.reassign(OTHER_REVIEWER, "tokyo-admin", STARTED);
        review.recommend(OTHER_REVIEWER, null, RECOMMENDED_AT);

        // when / then
        assertThatThrownBy(() -> review.beginDecision(kind, OTHER_REVIEWER, List.of("理由"), DECIDED))
                .isInstanceOf(FourEyesViolationException.class);
        assertThat(review.beginDecision(kind, REVIEWER, List.of("理由"), DECIDED))
                .as("the reviewer the review was taken from is now merely another member of staff").isTrue();
    }

    @Test
    void anApproverMayCommentOnARecommendedReviewButNotOnOneInReview() {
        // given
        Review inReview = Reviews.inReview();
        Review recommended = Reviews.recommended();

        // when / then
        assertThatThrownBy(() -> inReview.comment(APPROVER, true, "確認", null, DECIDED))
                .isInstanceOf(SeparationOfDutiesException.class);
        assertThat(recommended.comment(APPROVER, true, "確認しました", null, DECIDED).author()).isEqualTo(APPROVER);
    }
}
