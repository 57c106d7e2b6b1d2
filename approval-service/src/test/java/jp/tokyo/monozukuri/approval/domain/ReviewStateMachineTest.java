package jp.tokyo.monozukuri.approval.domain;

import static jp.tokyo.monozukuri.approval.domain.Reviews.APPROVER;
import static jp.tokyo.monozukuri.approval.domain.Reviews.DECIDED;
import static jp.tokyo.monozukuri.approval.domain.Reviews.RECEIVED;
import static jp.tokyo.monozukuri.approval.domain.Reviews.REVIEWER;
import static jp.tokyo.monozukuri.approval.domain.Reviews.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.PlanApproved;
import jp.tokyo.monozukuri.contracts.approval.PlanRejected;
import jp.tokyo.monozukuri.contracts.approval.PlanReturned;
import jp.tokyo.monozukuri.contracts.approval.ReviewStarted;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewStateMachineTest {

    private static final OffsetDateTime LATER = OffsetDateTime.parse("2014-03-13T11:00:00+09:00");

    /** The specification of the state machine, written out independently of {@link ReviewAction}. */
    private static final Map<ReviewStatus, Set<ReviewAction>> ALLOWED = Map.of(
            ReviewStatus.PENDING, EnumSet.of(ReviewAction.START, ReviewAction.WITHDRAW),
            ReviewStatus.IN_REVIEW, EnumSet.of(ReviewAction.COMMENT, ReviewAction.RETURN, ReviewAction.RECOMMEND,
                    ReviewAction.WITHDRAW, ReviewAction.REASSIGN),
            ReviewStatus.RECOMMENDED, EnumSet.of(ReviewAction.COMMENT, ReviewAction.APPROVE, ReviewAction.REJECT,
                    ReviewAction.WITHDRAW),
            ReviewStatus.RETURNED, EnumSet.of(ReviewAction.WITHDRAW),
            ReviewStatus.APPROVED, EnumSet.noneOf(ReviewAction.class),
            ReviewStatus.REJECTED, EnumSet.noneOf(ReviewAction.class),
            ReviewStatus.WITHDRAWN, EnumSet.noneOf(ReviewAction.class));

    private static final Map<ReviewAction, ReviewStatus> LEADS_TO = Map.of(
            ReviewAction.START, ReviewStatus.IN_REVIEW,
            ReviewAction.RETURN, ReviewStatus.RETURNED,
            ReviewAction.RECOMMEND, ReviewStatus.RECOMMENDED,
            ReviewAction.APPROVE, ReviewStatus.APPROVED,
            ReviewAction.REJECT, ReviewStatus.REJECTED,
            ReviewAction.WITHDRAW, ReviewStatus.WITHDRAWN);

    static Stream<Arguments> everyActionInEveryState() {
        return EnumSet.allOf(ReviewStatus.class).stream().flatMap(status -> EnumSet.allOf(ReviewAction.class)
                .stream().filter(a -> a != ReviewAction.RECEIVE && a != ReviewAction.REFUSE_WITHDRAWAL).map(action -> arguments(status, action)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyActionInEveryState")
    void anActionIsAllowedExactlyInTheStatesTheSpecificationNames(ReviewStatus status, ReviewAction action) {
        // given
        Review review = Reviews.in(status);

        if (ALLOWED.get(status).contains(action)) {
            // when
            perform(action).accept(review);

            // then
            assertThat(review.status()).isEqualTo(LEADS_TO.getOrDefault(action, status));
        } else {
            // when / then
            assertThatThrownBy(() -> perform(action).accept(review))
                    .isInstanceOfSatisfying(IllegalReviewTransitionException.class, e -> {
                        assertThat(e.status()).isEqualTo(status);
                        assertThat(e.action()).isEqualTo(action);
                        assertThat(e).hasMessageContaining(status.name());
                    });
            assertThat(review.status()).isEqualTo(status);
        }
    }

    private static Consumer<Review> perform(ReviewAction action) {
        return switch (action) {
            case START -> r -> r.start("tokyo-reviewer-tanaka", LATER);
            case COMMENT -> r -> r.comment(REVIEWER, "施策1の事業費の根拠を確認すること。", 1, LATER);
            case RETURN -> r -> r.returnToMunicipality(List.of("年度別事業費を記載してください。"), REVIEWER, LATER);
            case RECOMMEND -> r -> r.recommend(REVIEWER, null, LATER);
            case APPROVE -> r -> decide(r, DecisionKind.APPROVAL, List.of());
            case REJECT -> r -> decide(r, DecisionKind.REJECTION, List.of("施策が集積強化につながっていません。"));
            case WITHDRAW -> r -> r.withdraw("再検討のため", "shinagawa-planner", LATER);
            case REASSIGN -> r -> r.reassign("tokyo-reviewer-tanaka", "tokyo-admin", LATER);
            case RECEIVE, REFUSE_WITHDRAWAL -> throw new IllegalArgumentException("receiving opens a review; it is not performed on one");
        };
    }

    private static void decide(Review review, DecisionKind kind, List<String> reasons) {
        review.beginDecision(kind, APPROVER, reasons, LATER);
        review.completeDecision(new DocumentNumber(2013, "産労商地", 1));
    }

    @Nested
    class Receiving {

        @Test
        void aSubmittedRevisionOpensAPendingReviewHoldingTheRevisionAsReceived() {
            // given
            var plan = SamplePlans.shinagawa();

            // when
            Review review = Review.receive("review-1", plan, null, "event-1", "correlation-1", RECEIVED);

            // then
            assertThat(review.status()).isEqualTo(ReviewStatus.PENDING);
            assertThat(review.plan()).isEqualTo(plan);
            assertThat(review.sequence()).isEqualTo(1);
            assertThat(review.previousReviewId()).isEmpty();
            assertThat(review.pendingEvents()).isEmpty();
            assertThat(review.activities()).containsExactly(
                    new ReviewActivity(ReviewAction.RECEIVE, "shinagawa-planner", RECEIVED));
        }

        @Test
        void aResubmissionAfterAReturnOpensTheNextReviewLinkedToThePreviousOne() {
            // given
            Review first = Reviews.returned();

            // when
            Review second = Review.receive("review-2", SamplePlans.shinagawa(2), first, "event-2", "correlation-2",
                    RECEIVED.plusDays(30));

            // then
            assertThat(second.status()).isEqualTo(ReviewStatus.PENDING);
            assertThat(second.sequence()).isEqualTo(2);
            assertThat(second.previousReviewId()).contains(first.id());
            assertThat(second.revision()).isEqualTo(2);
        }

        @Test
        void aResubmissionWhileThePreviousReviewIsStillOpenIsRefused() {
            // given
            Review open = Reviews.inReview();

            // when / then
            assertThatThrownBy(() -> Review.receive("review-2", SamplePlans.shinagawa(2), open, "event-2", "c",
                    RECEIVED.plusDays(30)))
                    .isInstanceOf(ResubmissionNotAllowedException.class)
                    .hasMessageContaining("IN_REVIEW");
        }

        @Test
        void aRevisionNoNewerThanTheReturnedOneCannotContinueTheChain() {
            // given
            Review returned = Reviews.returned();

            // when / then
            assertThatThrownBy(() -> Review.receive("review-2", SamplePlans.shinagawa(1), returned, "event-2", "c",
                    RECEIVED.plusDays(30)))
                    .isInstanceOf(ResubmissionNotAllowedException.class);
        }
    }

    @Nested
    class Reviewing {

        @Test
        void startingAssignsTheReviewerAndPublishesReviewStarted() {
            // given
            Review review = Reviews.pending();

            // when
            review.start(REVIEWER, STARTED);

            // then
            assertThat(review.reviewer()).contains(REVIEWER);
            assertThat(review.pendingEvents()).singleElement().satisfies(event -> {
                assertThat(event.eventType()).isEqualTo(EventTypes.REVIEW_STARTED);
                assertThat(event.payload()).isEqualTo(new ReviewStarted(review.id(), "plan-shinagawa-2014", 1,
                        "品川区大崎駅周辺地域ものづくり産業基盤強化計画", REVIEWER, STARTED));
            });
        }

        @Test
        void commentsAreKeptInOrderWithAuthorTimeAndTheMeasureTheyAreAbout() {
            // given
            Review review = Reviews.inReview();

            // when
            review.comment(REVIEWER, "施策3の施設開設時期(平成27年6月)と事業費の関係を確認。", 3, STARTED.plusHours(1));
            review.comment(REVIEWER, "全体として妥当。", null, STARTED.plusHours(2));

            // then
            assertThat(review.comments()).containsExactly(
                    new ReviewComment(1, REVIEWER, STARTED.plusHours(1), "施策3の施設開設時期(平成27年6月)と事業費の関係を確認。",
                            3),
                    new ReviewComment(2, REVIEWER, STARTED.plusHours(2), "全体として妥当。", null));
            assertThat(review.pendingEvents()).extracting(PendingEvent::eventType)
                    .containsExactly(EventTypes.REVIEW_STARTED);
        }

        @Test
        void aCommentAboutAMeasureThePlanDoesNotHaveIsRefused() {
            // given
            Review review = Reviews.inReview();

            // when / then
            assertThatThrownBy(() -> review.comment(REVIEWER, "施策4について", 4, STARTED))
                    .isInstanceOfSatisfying(UnknownMeasureException.class,
                            e -> assertThat(e.measureNumber()).isEqualTo(4));
            assertThat(review.comments()).isEmpty();
        }

        @Test
        void returningWithReasonsPublishesPlanReturnedWithTheReasonsTheMunicipalityReads() {
            // given
            Review review = Reviews.inReview();
            var reasons = List.of("施策3について、施設開設までの年度別の事業内容を記載してください。", "  ");

            // when
            review.returnToMunicipality(reasons, REVIEWER, LATER);

            // then
            assertThat(review.status()).isEqualTo(ReviewStatus.RETURNED);
            assertThat(review.returned()).contains(new ReturnWithReasons(
                    List.of("施策3について、施設開設までの年度別の事業内容を記載してください。"), REVIEWER, LATER));
            assertThat(review.pendingEvents()).last().satisfies(event -> {
                assertThat(event.eventType()).isEqualTo(EventTypes.PLAN_RETURNED);
                assertThat(((PlanReturned) event.payload()).reasons())
                        .containsExactly("施策3について、施設開設までの年度別の事業内容を記載してください。");
            });
        }

        @Test
        void returningWithoutReasonsIsRefused() {
            // given
            Review review = Reviews.inReview();

            // when / then
            assertThatThrownBy(() -> review.returnToMunicipality(List.of(" "), REVIEWER, LATER))
                    .isInstanceOf(ReasonsRequiredException.class);
            assertThat(review.status()).isEqualTo(ReviewStatus.IN_REVIEW);
        }

        @Test
        void recommendingRecordsTheRecommenderAndRaisesNoEvent() {
            // given
            Review review = Reviews.inReview();

            // when
            review.recommend(REVIEWER, "計画内容は妥当", LATER);

            // then
            assertThat(review.status()).isEqualTo(ReviewStatus.RECOMMENDED);
            assertThat(review.recommendation()).contains(new Recommendation(REVIEWER, LATER, "計画内容は妥当"));
            assertThat(review.pendingEvents()).extracting(PendingEvent::eventType)
                    .containsExactly(EventTypes.REVIEW_STARTED);
        }
    }

    @Nested
    class Deciding {

        @Test
        void approvingARecommendedReviewPublishesPlanApproved() {
            // given
            Review review = Reviews.recommended();

            // when
            review.beginDecision(DecisionKind.APPROVAL, APPROVER, List.of(), DECIDED);
            review.completeDecision(new DocumentNumber(2013, "産労商地", 1));

            // then
            assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
            assertThat(review.pendingDecision()).isEmpty();
            assertThat(review.pendingEvents()).last().satisfies(event -> {
                assertThat(event.eventType()).isEqualTo(EventTypes.PLAN_APPROVED);
                PlanApproved approved = (PlanApproved) event.payload();
                assertThat(approved.documentNumber()).isEqualTo("25産労商地第1号");
                assertThat(approved.decisionDate()).isEqualTo(LocalDate.of(2014, 3, 13));
                assertThat(approved.startFiscalYear()).isEqualTo(2014);
                assertThat(approved.endFiscalYear()).isEqualTo(2016);
                assertThat(approved.approvedBy()).isEqualTo(APPROVER);
                assertThat(approved.municipalityName()).isEqualTo("品川区");
                assertThat(approved.plan()).isEqualTo(review.plan());
            });
        }

        @Test
        void rejectingARecommendedReviewPublishesPlanRejectedWithReasonsAndANumber() {
            // given
            Review review = Reviews.recommended();

            // when
            review.beginDecision(DecisionKind.REJECTION, APPROVER, List.of("集積強化につながる施策となっていません。"),
                    DECIDED);
            review.completeDecision(new DocumentNumber(2013, "産労商地", 7));

            // then
            assertThat(review.status()).isEqualTo(ReviewStatus.REJECTED);
            assertThat(review.decision()).get().extracting(Decision::reasons)
                    .isEqualTo(List.of("集積強化につながる施策となっていません。"));
            assertThat(review.pendingEvents()).last().satisfies(event -> {
                assertThat(event.eventType()).isEqualTo(EventTypes.PLAN_REJECTED);
                PlanRejected rejected = (PlanRejected) event.payload();
                assertThat(rejected.documentNumber()).isEqualTo("25産労商地第7号");
                assertThat(rejected.reasons()).containsExactly("集積強化につながる施策となっていません。");
            });
        }

        @Test
        void rejectingWithoutReasonsIsRefusedBeforeAnyNumberIsTaken() {
            // given
            Review review = Reviews.recommended();

            // when / then
            assertThatThrownBy(() -> review.beginDecision(DecisionKind.REJECTION, APPROVER, List.of(), DECIDED))
                    .isInstanceOf(ReasonsRequiredException.class);
            assertThat(review.pendingDecision()).isEmpty();
        }

        @Test
        void theDecisionDateIsTheDateInTokyo() {
            // given
            Review review = Reviews.recommended();
            OffsetDateTime lateEveningUtcOfThe12th = OffsetDateTime.parse("2014-03-12T16:30:00Z");

            // when
            review.beginDecision(DecisionKind.APPROVAL, APPROVER, List.of(), lateEveningUtcOfThe12th);

            // then
            assertThat(review.pendingDecision()).get().extracting(PendingDecision::decisionDate)
                    .isEqualTo(LocalDate.of(2014, 3, 13));
        }

        @Test
        void aDecisionOnTheFirstOfAprilBelongsToTheNewFiscalYear() {
            // given
            Review review = Reviews.recommended();

            // when
            review.beginDecision(DecisionKind.APPROVAL, APPROVER, List.of(),
                    OffsetDateTime.parse("2014-04-01T09:00:00+09:00"));

            // then
            assertThat(review.pendingDecision()).get().extracting(PendingDecision::fiscalYear).isEqualTo(2014);
            assertThatThrownBy(() -> review.completeDecision(new DocumentNumber(2013, "産労商地", 1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void repeatingTheSameDecisionResumesItInsteadOfStartingAnother() {
            // given
            Review review = Reviews.recommended();
            review.beginDecision(DecisionKind.APPROVAL, APPROVER, List.of(), DECIDED);

            // when
            boolean begunAgain = review.beginDecision(DecisionKind.APPROVAL, APPROVER, List.of(), LATER);

            // then
            assertThat(begunAgain).isFalse();
            assertThat(review.pendingDecision()).get().extracting(PendingDecision::decidedAt).isEqualTo(DECIDED);
        }

        @Test
        void anotherDecisionWhileOneIsBeingNumberedIsRefused() {
            // given
            Review review = Reviews.recommended();
            review.beginDecision(DecisionKind.APPROVAL, APPROVER, List.of(), DECIDED);

            // when / then
            assertThatThrownBy(() -> review.beginDecision(DecisionKind.REJECTION, "tokyo-approver-takahashi",
                    List.of("理由"), LATER)).isInstanceOf(DecisionInProgressException.class);
        }

        @Test
        void aWithdrawalCannotOvertakeADecisionWhoseNumberIsBeingTaken() {
            // given
            Review review = Reviews.recommended();
            review.beginDecision(DecisionKind.APPROVAL, APPROVER, List.of(), DECIDED);

            // when / then
            assertThatThrownBy(() -> review.withdraw("取下げ", "shinagawa-planner", LATER))
                    .isInstanceOf(DecisionInProgressException.class);
            assertThat(review.status()).isEqualTo(ReviewStatus.RECOMMENDED);
        }

        @Test
        void completingWithoutAPendingDecisionIsAProgrammingError() {
            // given
            Review review = Reviews.recommended();

            // when / then
            assertThatThrownBy(() -> review.completeDecision(new DocumentNumber(2013, "産労商地", 1)))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void aWithdrawalClosesAnOpenReviewAndRecordsWhoWithdrewWhy() {
            // given
            Review review = Reviews.inReview();

            // when
            review.withdraw("計画内容を再検討するため", "shinagawa-planner", LATER);

            // then
            assertThat(review.status()).isEqualTo(ReviewStatus.WITHDRAWN);
            assertThat(review.withdrawal()).contains(new Withdrawal("計画内容を再検討するため", "shinagawa-planner", LATER));
        }
    }

    @Test
    void everyActionRecordsWhoAndWhen() {
        // given / when
        Review review = Reviews.approved(SamplePlans.shinagawa(), 1);

        // then
        assertThat(review.activities()).containsExactly(
                new ReviewActivity(ReviewAction.RECEIVE, "shinagawa-planner", RECEIVED),
                new ReviewActivity(ReviewAction.START, REVIEWER, STARTED),
                new ReviewActivity(ReviewAction.RECOMMEND, REVIEWER, Reviews.RECOMMENDED_AT),
                new ReviewActivity(ReviewAction.APPROVE, APPROVER, DECIDED));
    }

    @Test
    void aRestoredReviewIsTheSameReviewWithoutItsAlreadySavedEvents() {
        // given
        Review review = Reviews.approved(SamplePlans.shinagawa(), 1);

        // when
        Review restored = Review.restore(review.snapshot());

        // then
        assertThat(restored.snapshot()).isEqualTo(review.snapshot());
        assertThat(restored.pendingEvents()).isEmpty();
    }
}
