package jp.tokyo.monozukuri.approval.domain;

import static jp.tokyo.monozukuri.approval.domain.Reviews.APPROVER;
import static jp.tokyo.monozukuri.approval.domain.Reviews.DECIDED;
import static jp.tokyo.monozukuri.approval.domain.Reviews.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 四つの目の原則: whoever recommended a review may not decide it, either way. */
class FourEyesRuleTest {

    @ParameterizedTest
    @EnumSource(DecisionKind.class)
    void theRecommenderCannotDecideTheirOwnRecommendation(DecisionKind kind) {
        // given
        Review review = Reviews.recommended();

        // when / then
        assertThatThrownBy(() -> review.beginDecision(kind, REVIEWER, List.of("理由"), DECIDED))
                .isInstanceOfSatisfying(FourEyesViolationException.class, e -> {
                    assertThat(e.person()).isEqualTo(REVIEWER);
                    assertThat(e.reviewId()).isEqualTo(review.id());
                });
        assertThat(review.status()).isEqualTo(ReviewStatus.RECOMMENDED);
        assertThat(review.pendingDecision()).as("no decision recorded, so no number will be taken").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DecisionKind.class)
    void aDifferentApproverMayDecide(DecisionKind kind) {
        // given
        Review review = Reviews.recommended();

        // when
        boolean begun = review.beginDecision(kind, APPROVER, List.of("理由"), DECIDED);

        // then
        assertThat(begun).isTrue();
        assertThat(review.pendingDecision()).get().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(kind);
            assertThat(p.decidedBy()).isEqualTo(APPROVER);
        });
    }

    @ParameterizedTest
    @EnumSource(DecisionKind.class)
    void theAssignedReviewerMayNotDecideEvenAfterSomeoneElseWasRefusedTheRecommendation(DecisionKind kind) {
        // given: tanaka started the review, so tanaka is its assigned reviewer and recommends it
        Review review = Reviews.pending();
        review.start("tokyo-reviewer-tanaka", Reviews.STARTED);
        assertThatThrownBy(() -> review.recommend(REVIEWER, null, Reviews.RECOMMENDED_AT))
                .isInstanceOf(SeparationOfDutiesException.class);
        review.recommend("tokyo-reviewer-tanaka", null, Reviews.RECOMMENDED_AT);

        // when / then: the recommender is refused by four eyes ...
        assertThatThrownBy(() -> review.beginDecision(kind, "tokyo-reviewer-tanaka", List.of("理由"), DECIDED))
                .isInstanceOf(FourEyesViolationException.class);
        assertThat(review.pendingDecision()).isEmpty();
    }
}
