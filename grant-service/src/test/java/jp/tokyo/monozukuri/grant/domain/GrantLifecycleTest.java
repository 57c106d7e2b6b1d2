package jp.tokyo.monozukuri.grant.domain;

import static jp.tokyo.monozukuri.grant.domain.GrantTestData.APPROVAL_DAY;
import static jp.tokyo.monozukuri.grant.domain.GrantTestData.BUDGET_2014;
import static jp.tokyo.monozukuri.grant.domain.GrantTestData.PROGRAM;
import static jp.tokyo.monozukuri.grant.domain.GrantTestData.SHINAGAWA;
import static jp.tokyo.monozukuri.grant.domain.GrantTestData.applied2014;
import static jp.tokyo.monozukuri.grant.domain.GrantTestData.application;
import static jp.tokyo.monozukuri.grant.domain.GrantTestData.decided2014;
import static jp.tokyo.monozukuri.grant.domain.GrantTestData.decision;
import static jp.tokyo.monozukuri.grant.domain.GrantTestData.openYear2014;
import static jp.tokyo.monozukuri.grant.domain.GrantTestData.openedGrant;
import static jp.tokyo.monozukuri.grant.domain.GrantTestData.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.grant.GrantConfirmed;
import jp.tokyo.monozukuri.contracts.grant.GrantDecided;
import jp.tokyo.monozukuri.contracts.grant.GrantOpened;
import jp.tokyo.monozukuri.contracts.grant.GrantPaid;
import jp.tokyo.monozukuri.contracts.grant.GrantRefundDue;
import jp.tokyo.monozukuri.contracts.grant.GrantReportOverdue;
import jp.tokyo.monozukuri.contracts.grant.GrantYearOpened;
import jp.tokyo.monozukuri.grant.domain.GrantTestData.Numbers;
import jp.tokyo.monozukuri.grant.domain.GrantYearStatus.Step;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The lifecycle of a grant year, from the budget resolutions to the closing, with every guard. */
class GrantLifecycleTest {

    private final Numbers numbers = new Numbers();

    @Nested
    class Opening {

        @Test
        void anApprovedPlanOpensOneScheduledYearPerFiscalYearUnderTheParametersInForce() {
            // when
            Grant grant = openedGrant();

            // then
            assertThat(grant.id()).isEqualTo("grant-plan-shinagawa-2014");
            assertThat(grant.years()).extracting(GrantYear::fiscalYear).containsExactly(2014, 2015, 2016);
            assertThat(grant.years()).extracting(GrantYear::status).containsOnly(GrantYearStatus.SCHEDULED);
            assertThat(grant.years()).extracting(y -> y.reportDueDate().toString())
                    .containsExactly("2015-04-30", "2016-04-30", "2017-04-30");
            assertThat(grant.parameters()).isEqualTo(PROGRAM);
            assertThat(grant.newEvents()).extracting(GrantEvent::type).containsExactly(EventTypes.GRANT_OPENED);
            GrantOpened opened = (GrantOpened) grant.newEvents().get(0).payload();
            assertThat(opened.municipalityName()).isEqualTo("品川区");
            assertThat(opened.approvalDocumentNumber()).isEqualTo("25産労商地第1号");
            assertThat(opened.terms().subsidyRateNumerator()).isEqualTo(1);
            assertThat(opened.terms().subsidyRateDenominator()).isEqualTo(2);
            assertThat(opened.terms().annualCapYen()).isEqualTo(100_000_000L);
        }

        @Test
        void aGrantOpenedAfterBothBudgetResolutionsOpensThatYearAtOnce() {
            // when
            Grant grant = Grant.open(SHINAGAWA, PROGRAM, fy -> fy == 2014 ? BUDGET_2014 : YearBudget.NONE,
                    LocalDate.of(2014, 4, 1));

            // then
            assertThat(grant.year(2014).status()).isEqualTo(GrantYearStatus.OPEN);
            assertThat(grant.year(2015).status()).isEqualTo(GrantYearStatus.SCHEDULED);
            assertThat(grant.newEvents()).extracting(GrantEvent::type)
                    .containsExactly(EventTypes.GRANT_OPENED, EventTypes.GRANT_YEAR_OPENED);
            GrantYearOpened yearOpened = (GrantYearOpened) grant.newEvents().get(1).payload();
            assertThat(yearOpened.fiscalYear()).isEqualTo(2014);
            assertThat(yearOpened.metropolitanResolutionDate()).hasToString("2014-03-27");
            assertThat(yearOpened.municipalResolutionDate()).hasToString("2014-03-18");
            assertThat(yearOpened.openedOn()).hasToString("2014-04-01");
        }

        @Test
        void aYearStaysScheduledWithOnlyOneOfTheTwoResolutions() {
            // given
            Grant grant = openedGrant();

            // when
            boolean openedWithTokyoOnly = grant.openYear(2014, new YearBudget(LocalDate.of(2014, 3, 27), null),
                    LocalDate.of(2014, 3, 27));
            boolean openedWithWardOnly = grant.openYear(2014, new YearBudget(null, LocalDate.of(2014, 3, 18)),
                    LocalDate.of(2014, 3, 27));

            // then
            assertThat(openedWithTokyoOnly).isFalse();
            assertThat(openedWithWardOnly).isFalse();
            assertThat(grant.year(2014).status()).isEqualTo(GrantYearStatus.SCHEDULED);
            assertThat(grant.newEvents()).extracting(GrantEvent::type).containsExactly(EventTypes.GRANT_OPENED);
        }

        @Test
        void openingAnOpenYearAgainChangesNothingAndRaisesNothing() {
            // given
            Grant grant = openYear2014();

            // when
            boolean openedAgain = grant.openYear(2014, BUDGET_2014, LocalDate.of(2014, 4, 2));

            // then
            assertThat(openedAgain).isFalse();
            assertThat(grant.year(2014).openedOn()).hasToString("2014-03-27");
            assertThat(grant.newEvents()).filteredOn(e -> e.type().equals(EventTypes.GRANT_YEAR_OPENED)).hasSize(1);
        }

        @Test
        void aPlanPeriodOtherThanThreeFiscalYearsOpensNoGrant() {
            // given
            ApprovedPlan twoYears = new ApprovedPlan("plan-x", 1, "131091", "品川区", "計画", "25産労商地第9号",
                    APPROVAL_DAY, 2014, 2015);

            // then
            assertThatThrownBy(() -> Grant.open(twoYears, PROGRAM, fy -> YearBudget.NONE, APPROVAL_DAY))
                    .isInstanceOf(InvalidPlanPeriodException.class);
        }

        @Test
        void aFiscalYearOutsideThePlanPeriodIsUnknown() {
            assertThatThrownBy(() -> openedGrant().year(2017)).isInstanceOf(UnknownFiscalYearException.class);
        }
    }

    @Nested
    class ApplicationAndDecision {

        @Test
        void noApplicationBeforeBothResolutions() {
            // given
            Grant grant = openedGrant();

            // then
            assertThatThrownBy(() -> grant.fileApplication(2014, application(40_000_000L, 20_000_000L)))
                    .isInstanceOfSatisfying(StepNotAllowedException.class, e -> {
                        assertThat(e.currentStatus()).isEqualTo(GrantYearStatus.SCHEDULED);
                        assertThat(e.step()).isEqualTo(Step.FILE_APPLICATION);
                    });
        }

        @Test
        void noDecisionBeforeBothResolutions() {
            // given
            Grant grant = openedGrant();

            // then
            assertThatThrownBy(() -> grant.decide(2014, decision(20_000_000L), numbers))
                    .isInstanceOfSatisfying(StepNotAllowedException.class,
                            e -> assertThat(e.currentStatus()).isEqualTo(GrantYearStatus.SCHEDULED))
                    .hasMessageContaining("SCHEDULED");
            assertThat(numbers.issuedCount()).isZero();
        }

        @Test
        void noDecisionBeforeAnApplication() {
            // given
            Grant grant = openYear2014();

            // then
            assertThatThrownBy(() -> grant.decide(2014, decision(20_000_000L), numbers))
                    .isInstanceOfSatisfying(StepNotAllowedException.class,
                            e -> assertThat(e.currentStatus()).isEqualTo(GrantYearStatus.OPEN));
        }

        @Test
        void anApplicationAskingForMoreThanHalfTheEligibleCostIsRefused() {
            // given
            Grant grant = openYear2014();

            // then
            assertThatThrownBy(() -> grant.fileApplication(2014, application(40_000_000L, 20_001_000L)))
                    .isInstanceOf(AmountAboveLimitException.class)
                    .extracting(e -> ((GrantRuleViolation) e).field()).isEqualTo("requestedAmountYen");
            assertThat(grant.year(2014).status()).isEqualTo(GrantYearStatus.OPEN);
        }

        @Test
        void aBreakdownThatDoesNotAddUpIsRefused() {
            assertThatThrownBy(() -> new GrantApplication(LocalDate.of(2014, 4, 15), 40_000_000L, 20_000_000L,
                    List.of(new ProjectCost(1, "メードイン品川PR事業", 10_000_000L)), "shinagawa-planner"))
                    .isInstanceOf(BreakdownMismatchException.class)
                    .extracting(e -> ((GrantRuleViolation) e).field()).isEqualTo("breakdown");
        }

        @Test
        void aDecisionIssuesTheNextDocumentNumberOfItsFiscalYearAndPublishesGrantDecided() {
            // given
            Grant grant = applied2014(40_000_000L, 20_000_000L);

            // when
            grant.decide(2014, decision(20_000_000L), numbers);

            // then
            GrantYear year = grant.year(2014);
            assertThat(year.status()).isEqualTo(GrantYearStatus.DECIDED);
            assertThat(year.decision().documentNumber()).isEqualTo("26産労商地助第1号");
            assertThat(year.decidedAmountYen()).isEqualTo(20_000_000L);
            GrantDecided decided = lastPayload(grant, GrantDecided.class);
            assertThat(decided.documentNumber()).isEqualTo("26産労商地助第1号");
            assertThat(decided.decidedAmountYen()).isEqualTo(20_000_000L);
            assertThat(decided.eligibleCostYen()).isEqualTo(40_000_000L);
            assertThat(decided.reportDueDate()).hasToString("2015-04-30");
            assertThat(decided.planTitle()).isEqualTo("品川区大崎駅周辺地域ものづくり産業基盤強化計画");
        }

        @Test
        void aDecisionAboveTheRequestedAmountIsRefusedAndConsumesNoNumber() {
            // given: half of the eligible cost would allow ¥20,000,000, but only ¥15,000,000 was requested
            Grant grant = applied2014(40_000_000L, 15_000_000L);

            // then
            assertThatThrownBy(() -> grant.decide(2014, decision(15_001_000L), numbers))
                    .isInstanceOf(AmountAboveLimitException.class).hasMessageContaining("15000000");
            assertThat(numbers.issuedCount()).isZero();
            assertThat(grant.year(2014).status()).isEqualTo(GrantYearStatus.APPLIED);
        }

        @Test
        void aDecisionIsNeverAboveTheAnnualCap() {
            // given: ¥300,000,000 of eligible cost; the application itself cannot ask for more than the cap
            Grant grant = openYear2014();
            assertThatThrownBy(() -> grant.fileApplication(2014, application(300_000_000L, 150_000_000L)))
                    .isInstanceOf(AmountAboveLimitException.class).hasMessageContaining("100000000");
            grant.fileApplication(2014, application(300_000_000L, 100_000_000L));

            // when
            grant.decide(2014, decision(100_000_000L), numbers);

            // then
            assertThat(grant.year(2014).decidedAmountYen()).isEqualTo(100_000_000L);
        }

        @Test
        void aDecisionDatedBeforeItsApplicationIsRefused() {
            // given
            Grant grant = applied2014(40_000_000L, 20_000_000L);
            DecisionTerms early = new DecisionTerms(LocalDate.of(2014, 4, 14), 20_000_000L, List.of(), null,
                    "tokyo-approver-suzuki");

            // then
            assertThatThrownBy(() -> grant.decide(2014, early, numbers)).isInstanceOf(DateOutOfOrderException.class)
                    .extracting(e -> ((GrantRuleViolation) e).field()).isEqualTo("decisionDate");
        }

        @Test
        void aDecisionMaySetItsOwnReportDueDate() {
            // given
            Grant grant = applied2014(40_000_000L, 20_000_000L);

            // when
            grant.decide(2014, new DecisionTerms(LocalDate.of(2014, 5, 15), 20_000_000L, List.of(),
                    LocalDate.of(2015, 4, 10), "tokyo-approver-suzuki"), numbers);

            // then
            assertThat(grant.year(2014).reportDueDate()).hasToString("2015-04-10");
        }

        @Test
        void aSecondDecisionOfTheSameYearIsRefused() {
            // given
            Grant grant = decided2014(numbers);

            // then
            assertThatThrownBy(() -> grant.decide(2014, decision(20_000_000L), numbers))
                    .isInstanceOfSatisfying(StepNotAllowedException.class,
                            e -> assertThat(e.currentStatus()).isEqualTo(GrantYearStatus.DECIDED));
        }
    }

    @Nested
    class ChangesAndAdvances {

        @Test
        void aChangeReDecidesTheAmountUnderItsOwnDocumentNumber() {
            // given
            Grant grant = decided2014(numbers);

            // when
            grant.change(2014, new ChangeTerms(LocalDate.of(2014, 10, 15), 44_000_000L, 22_000_000L, 22_000_000L,
                    "品川産業支援交流施設の整備内容の追加", "tokyo-approver-suzuki"), numbers);

            // then
            GrantYear year = grant.year(2014);
            assertThat(year.status()).isEqualTo(GrantYearStatus.CHANGED);
            assertThat(year.decidedAmountYen()).isEqualTo(22_000_000L);
            assertThat(year.changes()).singleElement().satisfies(change -> {
                assertThat(change.documentNumber()).isEqualTo("26産労商地助第2号");
                assertThat(change.previousAmountYen()).isEqualTo(20_000_000L);
            });
            assertThat(grant.newEvents()).extracting(GrantEvent::type).last().isEqualTo(EventTypes.GRANT_CHANGED);
        }

        @Test
        void aChangeStaysWithinHalfTheRevisedEligibleCost() {
            // given
            Grant grant = decided2014(numbers);

            // then
            assertThatThrownBy(() -> grant.change(2014, new ChangeTerms(LocalDate.of(2014, 10, 15), 44_000_000L,
                    23_000_000L, 22_001_000L, "増額", "tokyo-approver-suzuki"), numbers))
                    .isInstanceOf(AmountAboveLimitException.class);
            assertThat(grant.year(2014).status()).isEqualTo(GrantYearStatus.DECIDED);
        }

        @Test
        void noChangeBeforeADecision() {
            // given
            Grant grant = applied2014(40_000_000L, 20_000_000L);

            // then
            assertThatThrownBy(() -> grant.change(2014, new ChangeTerms(LocalDate.of(2014, 10, 15), 44_000_000L,
                    22_000_000L, 22_000_000L, "増額", "tokyo-approver-suzuki"), numbers))
                    .isInstanceOfSatisfying(StepNotAllowedException.class,
                            e -> assertThat(e.currentStatus()).isEqualTo(GrantYearStatus.APPLIED));
        }

        @Test
        void advancesArePaidAfterTheDecisionButNeverAboveIt() {
            // given
            Grant grant = decided2014(numbers);

            // when
            grant.pay(2014, "p-1", 15_000_000L, LocalDate.of(2014, 6, 2), "tokyo-accountant");

            // then
            assertThatThrownBy(() -> grant.pay(2014, "p-2", 5_001_000L, LocalDate.of(2014, 9, 1),
                    "tokyo-accountant"))
                    .isInstanceOf(PaymentAboveOutstandingException.class).hasMessageContaining("5000000");
            GrantPaid paid = lastPayload(grant, GrantPaid.class);
            assertThat(paid.kind()).isEqualTo(GrantPaid.Kind.ADVANCE);
            assertThat(paid.totalPaidYen()).isEqualTo(15_000_000L);
            assertThat(paid.outstandingYen()).isEqualTo(5_000_000L);
            assertThat(paid.confirmedAmountYen()).isNull();
            assertThat(grant.year(2014).status()).isEqualTo(GrantYearStatus.DECIDED);
        }

        @Test
        void noAdvanceBeforeTheDecision() {
            // given
            Grant grant = applied2014(40_000_000L, 20_000_000L);

            // then
            assertThatThrownBy(() -> grant.pay(2014, "p-1", 1_000_000L, LocalDate.of(2014, 6, 2),
                    "tokyo-accountant"))
                    .isInstanceOfSatisfying(StepNotAllowedException.class,
                            e -> assertThat(e.currentStatus()).isEqualTo(GrantYearStatus.APPLIED));
        }

        @Test
        void aChangeCannotLowerTheAmountBelowTheAdvancesPaid() {
            // given
            Grant grant = decided2014(numbers);
            grant.pay(2014, "p-1", 18_000_000L, LocalDate.of(2014, 6, 2), "tokyo-accountant");

            // then
            assertThatThrownBy(() -> grant.change(2014, new ChangeTerms(LocalDate.of(2014, 10, 15), 34_000_000L,
                    17_000_000L, 17_000_000L, "減額", "tokyo-approver-suzuki"), numbers))
                    .isInstanceOf(ChangeBelowPaidException.class);
        }
    }

    @Nested
    class ReportConfirmationAndPayment {

        @Test
        void noReportBeforeADecision() {
            // given
            Grant grant = applied2014(40_000_000L, 20_000_000L);

            // then
            assertThatThrownBy(() -> grant.report(2014, report(40_000_000L, 40_000_000L, 0)))
                    .isInstanceOfSatisfying(StepNotAllowedException.class,
                            e -> assertThat(e.currentStatus()).isEqualTo(GrantYearStatus.APPLIED));
        }

        @Test
        void noConfirmationBeforeAReport() {
            // given
            Grant grant = decided2014(numbers);

            // then
            assertThatThrownBy(() -> grant.confirm(2014, LocalDate.of(2015, 5, 20), "tokyo-approver-suzuki",
                    numbers))
                    .isInstanceOfSatisfying(StepNotAllowedException.class, e -> {
                        assertThat(e.currentStatus()).isEqualTo(GrantYearStatus.DECIDED);
                        assertThat(e.step()).isEqualTo(Step.CONFIRM);
                    });
            assertThat(numbers.issuedCount()).isEqualTo(1);
        }

        @Test
        void anEligibleActualCostAboveTheActualCostIsRefused() {
            assertThatThrownBy(() -> report(30_000_000L, 31_000_000L, 0))
                    .isInstanceOf(EligibleCostAboveActualException.class);
        }

        @Test
        void theConfirmationFixesTheAmountAndLeavesTheRestToPay() {
            // given
            Grant grant = decided2014(numbers);
            grant.pay(2014, "p-1", 10_000_000L, LocalDate.of(2014, 6, 2), "tokyo-accountant");
            grant.report(2014, report(40_500_000L, 38_000_000L, 1_000_000L));

            // when
            grant.confirm(2014, LocalDate.of(2015, 5, 20), "tokyo-approver-suzuki", numbers);

            // then
            GrantYear year = grant.year(2014);
            assertThat(year.status()).isEqualTo(GrantYearStatus.CONFIRMED);
            assertThat(year.confirmedAmountYen()).isEqualTo(18_500_000L);
            assertThat(year.outstandingYen()).isEqualTo(8_500_000L);
            GrantConfirmed confirmed = lastPayload(grant, GrantConfirmed.class);
            assertThat(confirmed.documentNumber()).isEqualTo("27産労商地助第1号");
            assertThat(confirmed.decisionDocumentNumber()).isEqualTo("26産労商地助第1号");
            assertThat(confirmed.amountPayableYen()).isEqualTo(8_500_000L);
            assertThat(confirmed.refundDueYen()).isZero();
            assertThat(grant.newEvents()).extracting(GrantEvent::type).doesNotContain(EventTypes.GRANT_REFUND_DUE);
        }

        @Test
        void noPaymentAboveTheConfirmedAmountAndTheYearIsPaidWhenItIsReached() {
            // given
            Grant grant = decided2014(numbers);
            grant.pay(2014, "p-1", 10_000_000L, LocalDate.of(2014, 6, 2), "tokyo-accountant");
            grant.report(2014, report(40_500_000L, 38_000_000L, 1_000_000L));
            grant.confirm(2014, LocalDate.of(2015, 5, 20), "tokyo-approver-suzuki", numbers);

            // when
            assertThatThrownBy(() -> grant.pay(2014, "p-2", 8_501_000L, LocalDate.of(2015, 6, 1),
                    "tokyo-accountant"))
                    .isInstanceOf(PaymentAboveOutstandingException.class).hasMessageContaining("confirmed");
            grant.pay(2014, "p-3", 8_500_000L, LocalDate.of(2015, 6, 1), "tokyo-accountant");

            // then
            GrantYear year = grant.year(2014);
            assertThat(year.status()).isEqualTo(GrantYearStatus.PAID);
            assertThat(year.paidYen()).isEqualTo(18_500_000L);
            GrantPaid paid = lastPayload(grant, GrantPaid.class);
            assertThat(paid.kind()).isEqualTo(GrantPaid.Kind.SETTLEMENT);
            assertThat(paid.confirmedAmountYen()).isEqualTo(18_500_000L);
            assertThat(paid.outstandingYen()).isZero();
        }

        @Test
        void advancesAboveTheConfirmedAmountMakeARefundDueUntilItIsRepaid() {
            // given: the whole ¥20,000,000 paid in advance, but only ¥18,500,000 confirmed
            Grant grant = decided2014(numbers);
            grant.pay(2014, "p-1", 20_000_000L, LocalDate.of(2014, 6, 2), "tokyo-accountant");
            grant.report(2014, report(40_500_000L, 38_000_000L, 1_000_000L));

            // when
            grant.confirm(2014, LocalDate.of(2015, 5, 20), "tokyo-approver-suzuki", numbers);

            // then
            GrantYear year = grant.year(2014);
            assertThat(year.status()).isEqualTo(GrantYearStatus.REFUND_DUE);
            assertThat(year.refundOutstandingYen()).isEqualTo(1_500_000L);
            GrantRefundDue refundDue = lastPayload(grant, GrantRefundDue.class);
            assertThat(refundDue.refundAmountYen()).isEqualTo(1_500_000L);
            assertThat(refundDue.refundDueDate()).hasToString("2015-06-09");
            assertThat(grant.newEvents()).extracting(GrantEvent::type).endsWith(EventTypes.GRANT_CONFIRMED,
                    EventTypes.GRANT_REFUND_DUE);
            assertThatThrownBy(() -> grant.pay(2014, "p-2", 1_000L, LocalDate.of(2015, 6, 1), "tokyo-accountant"))
                    .isInstanceOfSatisfying(StepNotAllowedException.class,
                            e -> assertThat(e.currentStatus()).isEqualTo(GrantYearStatus.REFUND_DUE));
            assertThatThrownBy(() -> grant.recordRefund(2014, new Refund(LocalDate.of(2015, 6, 5), 1_501_000L,
                    "tokyo-accountant")))
                    .isInstanceOf(RefundAboveDueException.class);

            // when repaid in two parts
            grant.recordRefund(2014, new Refund(LocalDate.of(2015, 6, 5), 1_000_000L, "tokyo-accountant"));
            assertThat(year.status()).isEqualTo(GrantYearStatus.REFUND_DUE);
            grant.recordRefund(2014, new Refund(LocalDate.of(2015, 6, 8), 500_000L, "tokyo-accountant"));

            // then
            assertThat(year.status()).isEqualTo(GrantYearStatus.PAID);
            assertThat(year.paidYen() - year.refundedYen()).isEqualTo(year.confirmedAmountYen());
        }

        @Test
        void advancesEqualToTheConfirmedAmountSettleTheYearAtOnce() {
            // given
            Grant grant = decided2014(numbers);
            grant.pay(2014, "p-1", 20_000_000L, LocalDate.of(2014, 6, 2), "tokyo-accountant");
            grant.report(2014, report(45_000_000L, 45_000_000L, 0));

            // when
            grant.confirm(2014, LocalDate.of(2015, 5, 20), "tokyo-approver-suzuki", numbers);

            // then: spending ¥45,000,000 does not lift the amount above the decided ¥20,000,000
            assertThat(grant.year(2014).confirmedAmountYen()).isEqualTo(20_000_000L);
            assertThat(grant.year(2014).status()).isEqualTo(GrantYearStatus.PAID);
        }

        @Test
        void aYearClosesOnlyOnceItIsPaid() {
            // given
            Grant grant = decided2014(numbers);
            assertThatThrownBy(() -> grant.close(2014)).isInstanceOf(StepNotAllowedException.class);
            grant.report(2014, report(0, 0, 0));
            grant.confirm(2014, LocalDate.of(2015, 5, 20), "tokyo-approver-suzuki", numbers);
            assertThat(grant.year(2014).status()).isEqualTo(GrantYearStatus.PAID);

            // when
            grant.close(2014);

            // then
            assertThat(grant.year(2014).status()).isEqualTo(GrantYearStatus.CLOSED);
            assertThatThrownBy(() -> grant.pay(2014, "p-1", 1_000L, LocalDate.of(2015, 6, 1), "tokyo-accountant"))
                    .isInstanceOfSatisfying(StepNotAllowedException.class,
                            e -> assertThat(e.currentStatus()).isEqualTo(GrantYearStatus.CLOSED));
        }
    }

    @Nested
    class OverdueReports {

        @Test
        void aReportNotReceivedByItsDueDateIsRaisedOnceTheDayAfter() {
            // given
            Grant grant = decided2014(numbers);

            // when
            List<Integer> onTheDueDate = grant.raiseOverdueReports(LocalDate.of(2015, 4, 30));
            List<Integer> theDayAfter = grant.raiseOverdueReports(LocalDate.of(2015, 5, 1));
            List<Integer> aWeekLater = grant.raiseOverdueReports(LocalDate.of(2015, 5, 8));

            // then
            assertThat(onTheDueDate).isEmpty();
            assertThat(theDayAfter).containsExactly(2014);
            assertThat(aWeekLater).isEmpty();
            assertThat(grant.newEvents()).filteredOn(e -> e.type().equals(EventTypes.GRANT_REPORT_OVERDUE))
                    .singleElement().extracting(GrantEvent::payload).isInstanceOfSatisfying(GrantReportOverdue.class,
                            overdue -> {
                                assertThat(overdue.reportDueDate()).hasToString("2015-04-30");
                                assertThat(overdue.detectedOn()).hasToString("2015-05-01");
                                assertThat(overdue.decisionDocumentNumber()).isEqualTo("26産労商地助第1号");
                            });
        }

        @Test
        void aReportedYearIsNeverOverdueNorIsAYearNotYetDecided() {
            // given
            Grant grant = decided2014(numbers);
            grant.report(2014, report(40_000_000L, 40_000_000L, 0));

            // when
            List<Integer> raised = grant.raiseOverdueReports(LocalDate.of(2018, 1, 1));

            // then
            assertThat(raised).isEmpty();
        }
    }

    private static <T> T lastPayload(Grant grant, Class<T> type) {
        return grant.newEvents().stream().map(GrantEvent::payload).filter(type::isInstance).map(type::cast)
                .reduce((first, second) -> second).orElseThrow();
    }
}
