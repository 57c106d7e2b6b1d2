package jp.tokyo.monozukuri.approval.domain;

import static jp.tokyo.monozukuri.approval.domain.Reviews.APPROVER;
import static jp.tokyo.monozukuri.approval.domain.Reviews.DECIDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalAccepted;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 取下げの申出: the review that would be decided is the one that accepts or refuses a withdrawal, so a plan is
 * never both withdrawn and decided.
 */
class WithdrawalRequestTest {

    private static final String PLANNER = "shinagawa-planner";
    private static final OffsetDateTime ASKED = OffsetDateTime.parse("2014-03-13T10:00:00+09:00");
    private static final OffsetDateTime HANDLED = ASKED.plusSeconds(1);

    @ParameterizedTest
    @EnumSource(value = ReviewStatus.class, names = {"PENDING", "IN_REVIEW", "RECOMMENDED", "RETURNED"})
    void aReviewWithNothingDecidedAcceptsTheWithdrawalAndCanNeverBeDecided(ReviewStatus status) {
        // given
        Review review = Reviews.in(status);
        int eventsBefore = review.pendingEvents().size();

        // when
        WithdrawalOutcome outcome = review.requestWithdrawal("request-1", "見直しのため", PLANNER, ASKED, HANDLED);

        // then
        assertThat(outcome).isEqualTo(WithdrawalOutcome.ACCEPTED);
        assertThat(review.status()).isEqualTo(ReviewStatus.WITHDRAWN);
        assertThat(review.withdrawal()).get().extracting(Withdrawal::withdrawnBy).isEqualTo(PLANNER);
        List<PendingEvent> raised = review.pendingEvents().subList(eventsBefore, review.pendingEvents().size());
        assertThat(raised).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo(EventTypes.APPROVAL_WITHDRAWAL_ACCEPTED);
            ApprovalWithdrawalAccepted accepted = (ApprovalWithdrawalAccepted) e.payload();
            assertThat(accepted.planId()).isEqualTo(review.planId());
            assertThat(accepted.reason()).isEqualTo("見直しのため");
        });
        assertThatThrownBy(() -> review.beginDecision(DecisionKind.APPROVAL, APPROVER, List.of(), DECIDED))
                .isInstanceOf(ReviewWithdrawnException.class);
        assertThat(review.pendingDecision()).as("no number is ever claimed for it").isEmpty();
        assertThat(review.decision()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DecisionKind.class)
    void aDecisionInProgressRefusesTheWithdrawalAndThenCompletes(DecisionKind kind) {
        // given: the approver decided; the number is being taken
        Review review = Reviews.recommended();
        review.beginDecision(kind, APPROVER, List.of("理由"), DECIDED);

        // when
        WithdrawalOutcome outcome = review.requestWithdrawal("request-1", null, PLANNER, ASKED, HANDLED);

        // then
        assertThat(outcome).isEqualTo(WithdrawalOutcome.REFUSED);
        assertThat(review.status()).isEqualTo(ReviewStatus.RECOMMENDED);
        assertThat(review.pendingEvents()).last().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo(EventTypes.APPROVAL_WITHDRAWAL_REFUSED);
            ApprovalWithdrawalRefused refused = (ApprovalWithdrawalRefused) e.payload();
            assertThat(refused.decision()).isEqualTo(kind.name());
            assertThat(refused.documentNumber()).isNull();
            assertThat(refused.refusal()).contains("決裁中");
        });
        review.completeDecision(new DocumentNumber(2013, "産労商地", 1));
        assertThat(review.status()).isIn(ReviewStatus.APPROVED, ReviewStatus.REJECTED);
    }

    @Test
    void anApprovedReviewRefusesTheWithdrawalNamingItsNumber() {
        // given
        Review review = Reviews.approved(SamplePlans.shinagawa(), 7);

        // when
        WithdrawalOutcome outcome = review.requestWithdrawal("request-1", null, PLANNER, ASKED, HANDLED);

        // then
        assertThat(outcome).isEqualTo(WithdrawalOutcome.REFUSED);
        assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(review.withdrawalRefusal()).get().satisfies(r -> {
            assertThat(r.refusal()).contains("承認").contains("25産労商地第7号");
            assertThat(r.requestId()).isEqualTo("request-1");
        });
        ApprovalWithdrawalRefused refused = (ApprovalWithdrawalRefused) review.pendingEvents().get(review.pendingEvents().size() - 1).payload();
        assertThat(refused.documentNumber()).isEqualTo("25産労商地第7号");
    }

    @Test
    void aRejectedReviewRefusesTheWithdrawalToo() {
        Review review = Reviews.rejected();

        assertThat(review.requestWithdrawal("request-1", null, PLANNER, ASKED, HANDLED))
                .isEqualTo(WithdrawalOutcome.REFUSED);
        assertThat(review.status()).isEqualTo(ReviewStatus.REJECTED);
    }

    @Test
    void aRedeliveredRequestChangesNothingAndRaisesNothing() {
        // given
        Review withdrawn = Reviews.inReview();
        withdrawn.requestWithdrawal("request-1", null, PLANNER, ASKED, HANDLED);
        Review approved = Reviews.approved(SamplePlans.shinagawa(), 1);
        approved.requestWithdrawal("request-2", null, PLANNER, ASKED, HANDLED);
        int withdrawnEvents = withdrawn.pendingEvents().size();
        int approvedEvents = approved.pendingEvents().size();

        // when
        WithdrawalOutcome again = withdrawn.requestWithdrawal("request-1", null, PLANNER, ASKED, HANDLED);
        WithdrawalOutcome refusedAgain = approved.requestWithdrawal("request-2", null, PLANNER, ASKED, HANDLED);

        // then
        assertThat(again).isEqualTo(WithdrawalOutcome.ALREADY_HANDLED);
        assertThat(refusedAgain).isEqualTo(WithdrawalOutcome.ALREADY_HANDLED);
        assertThat(withdrawn.pendingEvents()).hasSize(withdrawnEvents);
        assertThat(approved.pendingEvents()).hasSize(approvedEvents);
    }

    @Test
    void anOlderRequestRedeliveredAfterALaterRefusalIsNotRefusedAgain() {
        Review approved = Reviews.approved(SamplePlans.shinagawa(), 1);
        approved.requestWithdrawal("request-1", null, PLANNER, ASKED, HANDLED);
        approved.requestWithdrawal("request-2", null, PLANNER, ASKED.plusMinutes(5), HANDLED.plusMinutes(5));
        int events = approved.pendingEvents().size();

        assertThat(approved.requestWithdrawal("request-1", null, PLANNER, ASKED, HANDLED.plusMinutes(9)))
                .isEqualTo(WithdrawalOutcome.ALREADY_HANDLED);
        assertThat(approved.pendingEvents()).hasSize(events);
    }

    @Test
    void aWithdrawnReviewCanNeitherBeStartedNorRecommendedNorRoundedUp() {
        // given
        Review review = Reviews.pending();
        review.requestWithdrawal("request-1", null, PLANNER, ASKED, HANDLED);

        // when / then
        assertThatThrownBy(() -> review.start(Reviews.REVIEWER, HANDLED))
                .isInstanceOf(IllegalReviewTransitionException.class);
        assertThatThrownBy(() -> ApprovalRound.compose("round-1", DECIDED.toLocalDate(), List.of(review), APPROVER,
                DECIDED)).isInstanceOf(ReviewNotApprovedException.class);
    }
}
