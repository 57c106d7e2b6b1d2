package jp.tokyo.monozukuri.plan.domain;

import static jp.tokyo.monozukuri.plan.domain.SamplePlans.DRAFTED;
import static jp.tokyo.monozukuri.plan.domain.SamplePlans.PLANNER;
import static jp.tokyo.monozukuri.plan.domain.SamplePlans.RULES;
import static jp.tokyo.monozukuri.plan.domain.SamplePlans.SUBMITTED;
import static jp.tokyo.monozukuri.plan.domain.SamplePlans.draft;
import static jp.tokyo.monozukuri.plan.domain.SamplePlans.shinagawa;
import static jp.tokyo.monozukuri.plan.domain.SamplePlans.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.plan.domain.ApprovalEvent.Approved;
import jp.tokyo.monozukuri.plan.domain.ApprovalEvent.Rejected;
import jp.tokyo.monozukuri.plan.domain.ApprovalEvent.Returned;
import jp.tokyo.monozukuri.plan.domain.ApprovalEvent.ReviewStarted;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static final Instant LATER = Instant.parse("2014-02-10T02:00:00Z");
    private static final String REVIEWER = "tokyo-reviewer-sato";
    private static final String APPROVER = "tokyo-approver-suzuki";
    private static final List<String> RETURN_REASONS = List.of(
            "施策3「品川産業支援交流施設基盤整備事業」について、平成27年6月の施設開設までの年度別の事業内容を記載してください。");

    @Nested
    class Drafting {

        @Test
        void aNewPlanIsADraftOfItsMunicipalityResolvedFromTheReferenceList() {
            // when
            Plan plan = draft();

            // then
            assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(plan.municipality().name()).isEqualTo("品川区");
            assertThat(plan.municipality().kind()).isEqualTo(Municipality.Kind.WARD);
            assertThat(plan.latestRevision()).isZero();
            assertThat(plan.revisions()).isEmpty();
            assertThat(plan.history()).containsExactly(
                    new StatusChange(null, PlanStatus.DRAFT, 0, PLANNER, DRAFTED, null));
            assertThat(plan.createdBy()).isEqualTo(PLANNER);
            assertThat(plan.version()).isEmpty();
        }

        @Test
        void aPlanBreakingTheRulesIsNotCreated() {
            assertThatThrownBy(() -> Plan.draft("p", "132012", Edits.period(shinagawa(), 2014, 2015), RULES,
                    PLANNER, DRAFTED))
                    .isInstanceOf(InvalidPlanException.class)
                    .hasMessageContaining("endFiscalYear");
        }

        @Test
        void aDraftCanBeRevised() {
            // given
            Plan plan = draft();

            // when
            plan.revise(Edits.title(shinagawa(), "品川区ものづくり産業基盤強化計画"), RULES, "shinagawa-chief", LATER);

            // then
            assertThat(plan.content().title()).isEqualTo("品川区ものづくり産業基盤強化計画");
            assertThat(plan.updatedBy()).isEqualTo("shinagawa-chief");
            assertThat(plan.updatedAt()).isEqualTo(LATER);
            assertThat(plan.history()).hasSize(1);
        }

        @Test
        void aRevisionBreakingTheRulesLeavesThePlanAsItWas() {
            // given
            Plan plan = draft();

            // when / then
            assertThatThrownBy(() -> plan.revise(Edits.summary(shinagawa(), ""), RULES, PLANNER, LATER))
                    .isInstanceOf(InvalidPlanException.class);
            assertThat(plan.content()).isEqualTo(shinagawa());
            assertThat(plan.updatedAt()).isEqualTo(DRAFTED);
        }
    }

    @Nested
    class Submitting {

        @Test
        void submittingFreezesRevisionOne() {
            // given
            Plan plan = draft();

            // when
            SubmittedRevision frozen = plan.submit(RULES, PLANNER, SUBMITTED);

            // then
            assertThat(frozen).isEqualTo(new SubmittedRevision(1, shinagawa(), SUBMITTED, PLANNER));
            assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
            assertThat(plan.latestRevision()).isEqualTo(1);
            assertThat(plan.revision(1)).contains(frozen);
            assertThat(plan.history()).last()
                    .isEqualTo(new StatusChange(PlanStatus.DRAFT, PlanStatus.SUBMITTED, 1, PLANNER, SUBMITTED, null));
        }

        @Test
        void aSubmittedPlanCannotBeEdited() {
            Plan plan = submitted();

            assertThatThrownBy(() -> plan.revise(shinagawa(), RULES, PLANNER, LATER))
                    .isInstanceOf(PlanNotEditableException.class)
                    .hasMessageContaining("SUBMITTED");
        }

        @Test
        void aSubmittedPlanCannotBeSubmittedAgain() {
            Plan plan = submitted();

            assertThatThrownBy(() -> plan.submit(RULES, PLANNER, LATER))
                    .isInstanceOf(IllegalPlanTransitionException.class);
            assertThat(plan.revisions()).hasSize(1);
        }

        @Test
        void submittingChecksTheRulesInForceAtSubmission() {
            // given a draft written when the program ran three years
            Plan plan = draft();
            PlanValidator fourYears = new PlanValidator(new PlanProgram(4, 2012));

            // when / then
            assertThatThrownBy(() -> plan.submit(fourYears, PLANNER, SUBMITTED))
                    .isInstanceOf(InvalidPlanException.class);
            assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(plan.revisions()).isEmpty();
        }

        @Test
        void aReturnedPlanIsRevisedAndResubmittedAsRevisionTwoLeavingRevisionOneUntouched() {
            // given
            Plan plan = submitted();
            plan.apply(started(1));
            plan.apply(returned(1));

            // when
            PlanContent answered = Edits.summary(shinagawa(), shinagawa().summary() + "平成27年6月に施設を開設する。");
            plan.revise(answered, RULES, PLANNER, LATER);
            SubmittedRevision second = plan.submit(RULES, PLANNER, LATER.plusSeconds(60));

            // then
            assertThat(second.number()).isEqualTo(2);
            assertThat(second.content()).isEqualTo(answered);
            assertThat(plan.revision(1)).map(SubmittedRevision::content).contains(shinagawa());
            assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
            assertThat(plan.history()).extracting(StatusChange::to).containsExactly(PlanStatus.DRAFT,
                    PlanStatus.SUBMITTED, PlanStatus.UNDER_REVIEW, PlanStatus.RETURNED, PlanStatus.SUBMITTED);
        }

        @Test
        void thereIsNoRevisionZeroNorOneNotYetSubmitted() {
            Plan plan = submitted();

            assertThat(plan.revision(0)).isEmpty();
            assertThat(plan.revision(2)).isEmpty();
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void aSubmittedPlanIsNotWithdrawnButAsksTokyoNamingTheRevision() {
            // given
            Plan plan = submitted();

            // when
            var request = plan.withdraw("計画内容を見直すため", RULES, PLANNER, LATER);

            // then
            assertThat(request).contains(new Withdrawal(1, "計画内容を見直すため", PLANNER, LATER));
            assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
            assertThat(plan.pendingWithdrawal()).isEqualTo(request);
            assertThat(plan.occupiedFiscalYears()).as("the years stay taken until Tokyo accepts")
                    .containsExactly(2014, 2015, 2016);
        }

        @Test
        void askingAgainWhileTheRequestIsPendingChangesNothing() {
            Plan plan = submitted();
            plan.withdraw("一度目", RULES, PLANNER, LATER);

            assertThat(plan.withdraw("二度目", RULES, PLANNER, LATER.plusSeconds(1))).isEmpty();
            assertThat(plan.pendingWithdrawal()).get().extracting(Withdrawal::reason).isEqualTo("一度目");
        }

        @Test
        void aPlanUnderReviewOrReturnedAsksToo() {
            Plan underReview = submitted();
            underReview.apply(started(1));
            Plan returned = submitted();
            returned.apply(started(1));
            returned.apply(returned(1));

            assertThat(underReview.withdraw(null, RULES, PLANNER, LATER)).isPresent();
            assertThat(returned.withdraw(null, RULES, PLANNER, LATER)).isPresent();
            assertThat(underReview.status()).isEqualTo(PlanStatus.UNDER_REVIEW);
            assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
        }

        @Test
        void withdrawingADraftConcernsNobodyElseAndIsFinalAtOnce() {
            Plan plan = draft();

            assertThat(plan.withdraw(null, RULES, PLANNER, LATER)).isEmpty();
            assertThat(plan.status()).isEqualTo(PlanStatus.WITHDRAWN);
            assertThat(plan.pendingWithdrawal()).isEmpty();
        }

        @Test
        void aDecidedPlanCannotBeWithdrawnAndTheRefusalNamesTheDecision() {
            Plan approved = submitted();
            approved.apply(approved(1));
            Plan rejected = submitted();
            rejected.apply(rejected(1));

            assertThatThrownBy(() -> approved.withdraw(null, RULES, PLANNER, LATER))
                    .isInstanceOfSatisfying(WithdrawalTooLateException.class, e -> {
                        assertThat(e.status()).isEqualTo(PlanStatus.APPROVED);
                        assertThat(e.documentNumber()).contains("25産労商地第1号");
                    });
            assertThatThrownBy(() -> rejected.withdraw(null, RULES, PLANNER, LATER))
                    .isInstanceOf(WithdrawalTooLateException.class);
            assertThat(approved.pendingWithdrawal()).isEmpty();
        }

        @Test
        void tokyoAcceptingTheWithdrawalMakesItFinalAndFreesTheYears() {
            // given
            Plan plan = submitted();
            plan.apply(started(1));
            plan.withdraw("計画内容を見直すため", RULES, PLANNER, LATER);

            // when
            ApprovalEventOutcome outcome = plan.apply(withdrawalAccepted(1));

            // then
            assertThat(outcome).isEqualTo(ApprovalEventOutcome.APPLIED);
            assertThat(plan.status()).isEqualTo(PlanStatus.WITHDRAWN);
            assertThat(plan.pendingWithdrawal()).isEmpty();
            assertThat(plan.occupiedFiscalYears()).isEmpty();
            assertThat(plan.history()).last().satisfies(change -> {
                assertThat(change.from()).isEqualTo(PlanStatus.UNDER_REVIEW);
                assertThat(change.to()).isEqualTo(PlanStatus.WITHDRAWN);
                assertThat(change.by()).isEqualTo(PLANNER);
                assertThat(change.reason()).isEqualTo("計画内容を見直すため");
            });
        }

        @Test
        void aRefusedWithdrawalLeavesThePlanToItsDecisionAndRecordsWhy() {
            // given: the approval was completed before approval-service saw the request
            Plan plan = submitted();
            plan.apply(started(1));
            plan.withdraw(null, RULES, PLANNER, LATER);
            plan.apply(approved(1));

            // when
            ApprovalEventOutcome outcome = plan.apply(withdrawalRefused(1));

            // then
            assertThat(outcome).isEqualTo(ApprovalEventOutcome.APPLIED);
            assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
            assertThat(plan.pendingWithdrawal()).isEmpty();
            assertThat(plan.withdrawalRefusal()).get().satisfies(r -> {
                assertThat(r.documentNumber()).isEqualTo("25産労商地第1号");
                assertThat(r.refusal()).contains("承認");
            });
            assertThat(plan.occupiedFiscalYears()).containsExactly(2014, 2015, 2016);
        }

        @Test
        void aRefusalBeforeTheDecisionArrivesKeepsThePlanUnderReviewUntilItDoes() {
            Plan plan = submitted();
            plan.apply(started(1));
            plan.withdraw(null, RULES, PLANNER, LATER);

            plan.apply(withdrawalRefused(1));
            assertThat(plan.status()).isEqualTo(PlanStatus.UNDER_REVIEW);
            assertThat(plan.pendingWithdrawal()).isEmpty();
            plan.apply(approved(1));
            assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        }

        @Test
        void aWithdrawalOutcomeIsAppliedOnce() {
            Plan plan = submitted();
            plan.withdraw(null, RULES, PLANNER, LATER);
            var accepted = withdrawalAccepted(1);

            assertThat(plan.apply(accepted)).isEqualTo(ApprovalEventOutcome.APPLIED);
            assertThat(plan.apply(accepted)).isEqualTo(ApprovalEventOutcome.DUPLICATE);
            assertThat(plan.apply(withdrawalAccepted(1))).isEqualTo(ApprovalEventOutcome.SUPERSEDED);
        }

        @Test
        void aPlanWithAWithdrawalPendingCanBeNeitherEditedNorResubmitted() {
            Plan plan = submitted();
            plan.apply(returned(1));
            plan.withdraw(null, RULES, PLANNER, LATER);

            assertThatThrownBy(() -> plan.revise(shinagawa(), RULES, PLANNER, LATER))
                    .isInstanceOf(WithdrawalPendingException.class);
            assertThatThrownBy(() -> plan.submit(RULES, PLANNER, LATER))
                    .isInstanceOf(WithdrawalPendingException.class);
            assertThat(plan.latestRevision()).isEqualTo(1);
        }

        @Test
        void aWithdrawnPlanCannotBeWithdrawnAgainNorEditedNorSubmitted() {
            Plan plan = submitted();
            plan.withdraw(null, RULES, PLANNER, LATER);
            plan.apply(withdrawalAccepted(1));

            assertThatThrownBy(() -> plan.withdraw(null, RULES, PLANNER, LATER))
                    .isInstanceOf(IllegalPlanTransitionException.class);
            assertThatThrownBy(() -> plan.revise(shinagawa(), RULES, PLANNER, LATER))
                    .isInstanceOf(PlanNotEditableException.class);
            assertThatThrownBy(() -> plan.submit(RULES, PLANNER, LATER))
                    .isInstanceOf(IllegalPlanTransitionException.class);
        }

        @Test
        void anOverlongReasonIsRefusedAndThePlanStaysSubmitted() {
            Plan plan = submitted();

            assertThatThrownBy(() -> plan.withdraw("理".repeat(2_001), RULES, PLANNER, LATER))
                    .isInstanceOf(InvalidPlanException.class);
            assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
            assertThat(plan.pendingWithdrawal()).isEmpty();
        }

        @Test
        void plansSubmittedNameTheirAuthors() {
            Plan plan = submitted();

            assertThat(plan.authors()).contains(PLANNER);
        }
    }

    @Nested
    class ApprovalEvents {

        @Test
        void reviewStartedPutsTheSubmittedRevisionUnderReview() {
            // given
            Plan plan = submitted();
            ReviewStarted started = started(1);

            // when
            ApprovalEventOutcome outcome = plan.apply(started);

            // then
            assertThat(outcome).isEqualTo(ApprovalEventOutcome.APPLIED);
            assertThat(plan.status()).isEqualTo(PlanStatus.UNDER_REVIEW);
            assertThat(plan.history()).last().isEqualTo(new StatusChange(PlanStatus.SUBMITTED,
                    PlanStatus.UNDER_REVIEW, 1, REVIEWER, started.occurredAt(), null));
            assertThat(plan.state().appliedEventIds()).containsExactly(started.eventId());
        }

        @Test
        void planReturnedHandsThePlanBackWithTheReasonsTheMunicipalityReads() {
            // given
            Plan plan = submitted();
            plan.apply(started(1));

            // when
            plan.apply(returned(1));

            // then
            assertThat(plan.status()).isEqualTo(PlanStatus.RETURNED);
            assertThat(plan.status().isEditable()).isTrue();
            assertThat(plan.lastReturn()).hasValueSatisfying(r -> {
                assertThat(r.reasons()).isEqualTo(RETURN_REASONS);
                assertThat(r.revision()).isEqualTo(1);
                assertThat(r.returnedBy()).isEqualTo(REVIEWER);
            });
            assertThat(plan.history()).last().extracting(StatusChange::reason).isEqualTo(RETURN_REASONS.get(0));
        }

        @Test
        void planApprovedRecordsTheDocumentNumberAndDecisionDate() {
            // given
            Plan plan = submitted();
            plan.apply(started(1));

            // when
            plan.apply(approved(1));

            // then
            assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
            assertThat(plan.decision()).contains(new Decision(true, 1, "25産労商地第1号", LocalDate.of(2014, 3, 13),
                    List.of(), APPROVER));
            assertThat(plan.history()).last().extracting(StatusChange::by).isEqualTo(APPROVER);
        }

        @Test
        void planRejectedRecordsTheReasons() {
            // given
            Plan plan = submitted();
            plan.apply(started(1));

            // when
            plan.apply(rejected(1));

            // then
            assertThat(plan.status()).isEqualTo(PlanStatus.REJECTED);
            assertThat(plan.decision()).hasValueSatisfying(d -> {
                assertThat(d.approved()).isFalse();
                assertThat(d.documentNumber()).isEqualTo("25産労商地第5号");
                assertThat(d.reasons()).containsExactly("施策が集積の維持・強化に直接つながっていない");
            });
        }

        @Test
        void aDecisionIsNeverStuckBehindAMissingReviewStarted() {
            Plan plan = submitted();

            assertThat(plan.apply(approved(1))).isEqualTo(ApprovalEventOutcome.APPLIED);
            assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        }

        @Test
        void aRedeliveredEventIsAppliedOnce() {
            // given
            Plan plan = submitted();
            ReviewStarted started = started(1);
            plan.apply(started);

            // when
            ApprovalEventOutcome outcome = plan.apply(started);

            // then
            assertThat(outcome).isEqualTo(ApprovalEventOutcome.DUPLICATE);
            assertThat(plan.history()).hasSize(3);
        }

        @Test
        void aRedeliveredApprovalAfterTheDecisionIsStillADuplicate() {
            Plan plan = submitted();
            Approved approved = approved(1);
            plan.apply(approved);

            assertThat(plan.apply(approved)).isEqualTo(ApprovalEventOutcome.DUPLICATE);
            assertThat(plan.history()).hasSize(3);
        }

        @Test
        void aLateReviewStartedNeverMovesADecidedPlanBack() {
            // given
            Plan plan = submitted();
            plan.apply(approved(1));

            // when
            ApprovalEventOutcome outcome = plan.apply(started(1));

            // then
            assertThat(outcome).isEqualTo(ApprovalEventOutcome.SUPERSEDED);
            assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
            assertThat(plan.history()).hasSize(3);
        }

        @Test
        void aSecondReviewStartedForTheSameRevisionChangesNothing() {
            Plan plan = submitted();
            plan.apply(started(1));

            assertThat(plan.apply(started(1))).isEqualTo(ApprovalEventOutcome.SUPERSEDED);
            assertThat(plan.history()).hasSize(3);
        }

        @Test
        void aConflictingSecondDecisionForTheSameRevisionIsIgnored() {
            Plan plan = submitted();
            plan.apply(returned(1));

            assertThat(plan.apply(approved(1))).isEqualTo(ApprovalEventOutcome.SUPERSEDED);
            assertThat(plan.status()).isEqualTo(PlanStatus.RETURNED);
        }

        @Test
        void anEventForAnOlderRevisionIsIgnored() {
            // given revision 1 was returned and revision 2 is submitted
            Plan plan = submitted();
            plan.apply(returned(1));
            plan.submit(RULES, PLANNER, LATER);

            // when revision 1's decision arrives late
            ApprovalEventOutcome outcome = plan.apply(approved(1));

            // then
            assertThat(outcome).isEqualTo(ApprovalEventOutcome.OLDER_REVISION);
            assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
            assertThat(plan.decision()).isEmpty();
        }

        @Test
        void aDecisionArrivingAfterTheWithdrawalDoesNotReviveThePlan() {
            Plan plan = submitted();
            plan.withdraw(null, RULES, PLANNER, LATER);
            plan.apply(withdrawalAccepted(1));

            assertThat(plan.apply(approved(1))).isEqualTo(ApprovalEventOutcome.SUPERSEDED);
            assertThat(plan.status()).isEqualTo(PlanStatus.WITHDRAWN);
        }

        @Test
        void anEventForARevisionNeverSubmittedIsRefused() {
            Plan plan = submitted();
            Plan neverSubmitted = draft();

            assertThatThrownBy(() -> plan.apply(started(2))).isInstanceOf(UnknownRevisionException.class);
            assertThatThrownBy(() -> neverSubmitted.apply(started(1))).isInstanceOf(UnknownRevisionException.class);
            assertThatThrownBy(() -> plan.apply(started(0))).isInstanceOf(UnknownRevisionException.class);
            assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        }
    }

    @Nested
    class OccupiedFiscalYears {

        @Test
        void aSubmittedPlanUnderReviewOrApprovedOccupiesItsWholePeriod() {
            Plan plan = submitted();
            assertThat(plan.occupiedFiscalYears()).containsExactly(2014, 2015, 2016);
            plan.apply(started(1));
            assertThat(plan.occupiedFiscalYears()).containsExactly(2014, 2015, 2016);
            plan.apply(approved(1));
            assertThat(plan.occupiedFiscalYears()).containsExactly(2014, 2015, 2016);
        }

        @Test
        void draftsReturnedRejectedAndWithdrawnPlansOccupyNothing() {
            Plan returned = submitted();
            returned.apply(returned(1));
            Plan rejected = submitted();
            rejected.apply(rejected(1));
            Plan withdrawn = submitted();
            withdrawn.withdraw(null, RULES, PLANNER, LATER);
            withdrawn.apply(withdrawalAccepted(1));

            assertThat(List.of(draft(), returned, rejected, withdrawn))
                    .allSatisfy(p -> assertThat(p.occupiedFiscalYears()).isEmpty());
        }
    }

    @Test
    void aRestoredPlanIsThePlanThatWasStored() {
        // given
        Plan plan = submitted();
        plan.apply(started(1));

        // when
        Plan restored = Plan.restore(plan.state());

        // then
        assertThat(restored.state()).isEqualTo(plan.state());
        assertThat(restored.apply(started(1))).isEqualTo(ApprovalEventOutcome.SUPERSEDED);
    }

    private static ReviewStarted started(int revision) {
        return new ReviewStarted(UUID.randomUUID(), revision, REVIEWER, Instant.parse("2014-01-27T00:40:00Z"));
    }

    private static Returned returned(int revision) {
        return new Returned(UUID.randomUUID(), revision, RETURN_REASONS, REVIEWER,
                Instant.parse("2014-02-05T08:10:00Z"));
    }

    private static ApprovalEvent.WithdrawalAccepted withdrawalAccepted(int revision) {
        return new ApprovalEvent.WithdrawalAccepted(UUID.randomUUID(), revision, "計画内容を見直すため", PLANNER,
                Instant.parse("2014-03-13T01:00:01Z"));
    }

    private static ApprovalEvent.WithdrawalRefused withdrawalRefused(int revision) {
        return new ApprovalEvent.WithdrawalRefused(UUID.randomUUID(), revision, "取下げの申出の前に承認されています(25産労商地第1号)。",
                "25産労商地第1号", Instant.parse("2014-03-13T01:00:01Z"));
    }

    private static Approved approved(int revision) {
        return new Approved(UUID.randomUUID(), revision, "25産労商地第1号", LocalDate.of(2014, 3, 13), APPROVER,
                Instant.parse("2014-03-13T01:00:00Z"));
    }

    private static Rejected rejected(int revision) {
        return new Rejected(UUID.randomUUID(), revision, List.of("施策が集積の維持・強化に直接つながっていない"),
                "25産労商地第5号", LocalDate.of(2014, 3, 13), APPROVER, Instant.parse("2014-03-13T01:05:00Z"));
    }
}
