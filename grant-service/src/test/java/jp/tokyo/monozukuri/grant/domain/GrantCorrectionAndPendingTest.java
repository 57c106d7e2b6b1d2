package jp.tokyo.monozukuri.grant.domain;

import static jp.tokyo.monozukuri.grant.domain.GrantTestData.BUDGET_2014;
import static jp.tokyo.monozukuri.grant.domain.GrantTestData.applied2014;
import static jp.tokyo.monozukuri.grant.domain.GrantTestData.decided2014;
import static jp.tokyo.monozukuri.grant.domain.GrantTestData.decision;
import static jp.tokyo.monozukuri.grant.domain.GrantTestData.openYear2014;
import static jp.tokyo.monozukuri.grant.domain.GrantTestData.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.tokyo.monozukuri.contracts.EventTypes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Corrections by Tokyo, and documents pending their number, as rules of the grant. */
class GrantCorrectionAndPendingTest {

    private static final Instant NOW = Instant.parse("2014-05-15T01:00:00Z");

    @Nested
    class BudgetCorrections {

        @Test
        void anOpenYearThatLosesAResolutionGoesBackToWaitingWithAnEvent() {
            Grant grant = openYear2014();
            YearBudget withoutMunicipal = new YearBudget(BUDGET_2014.metropolitanResolutionDate(), null);

            assertThat(grant.budgetCorrected(2014, withoutMunicipal, Assembly.MUNICIPAL, "入力誤り", "tokyo-admin",
                    LocalDate.of(2014, 3, 28))).isTrue();

            assertThat(grant.year(2014).status()).isEqualTo(GrantYearStatus.SCHEDULED);
            assertThat(grant.year(2014).openedOn()).isNull();
            assertThat(grant.newEvents()).extracting(GrantEvent::type).endsWith(EventTypes.GRANT_YEAR_SUSPENDED);
            // and both resolutions recorded again open it again
            assertThat(grant.openYear(2014, BUDGET_2014, LocalDate.of(2014, 3, 30))).isTrue();
        }

        @Test
        void aCorrectedDateKeepsTheYearOpenAndRaisesNothing() {
            Grant grant = openYear2014();
            int events = grant.newEvents().size();
            YearBudget redated = new YearBudget(BUDGET_2014.metropolitanResolutionDate(), LocalDate.of(2014, 3, 20));

            assertThat(grant.budgetCorrected(2014, redated, Assembly.MUNICIPAL, "誤記", "tokyo-admin",
                    LocalDate.of(2014, 3, 28))).isTrue();

            assertThat(grant.year(2014).status()).isEqualTo(GrantYearStatus.OPEN);
            assertThat(grant.year(2014).budget()).isEqualTo(redated);
            assertThat(grant.newEvents()).hasSize(events);
        }

        @Test
        void aYearAppliedForCannotLoseItsBudget() {
            Grant grant = applied2014(40_000_000L, 20_000_000L);
            YearBudget withoutMunicipal = new YearBudget(BUDGET_2014.metropolitanResolutionDate(), null);

            assertThat(grant.refusesBudget(2014, withoutMunicipal)).isTrue();
            assertThatThrownBy(() -> grant.budgetCorrected(2014, withoutMunicipal, Assembly.MUNICIPAL, "入力誤り",
                    "tokyo-admin", LocalDate.of(2014, 4, 20))).isInstanceOf(BudgetInUseException.class);
        }
    }

    @Nested
    class ReportCorrections {

        @Test
        void aReportIsCorrectedBeforeTheConfirmationWithBeforeAndAfterKept() {
            GrantTestData.Numbers numbers = new GrantTestData.Numbers();
            Grant grant = decided2014(numbers);
            grant.report(2014, report(4_050_000L, 3_800_000L, 0));

            grant.correctReport(2014, new PerformanceReport(LocalDate.of(2015, 4, 21), 40_500_000L, 38_000_000L,
                    1_000_000L, List.of(), "tokyo-admin"), "桁の誤り", NOW);

            GrantYear year = grant.year(2014);
            assertThat(year.report().eligibleActualCostYen()).isEqualTo(38_000_000L);
            Correction correction = year.reportCorrections().get(0);
            assertThat(correction.correctedBy()).isEqualTo("tokyo-admin");
            assertThat(correction.before()).containsEntry("eligibleActualCostYen", 3_800_000L)
                    .containsEntry("reportDate", "2015-04-20");
            assertThat(correction.after()).containsEntry("reportDate", "2015-04-21");
            grant.confirm(2014, LocalDate.of(2015, 5, 20), "tokyo-approver-suzuki", numbers);
            assertThatThrownBy(() -> grant.correctReport(2014, report(1L, 1L, 0), "再訂正", NOW))
                    .isInstanceOf(StepNotAllowedException.class);
        }

        @Test
        void aCorrectionIsDatedWithinTheYearsWindow() {
            Grant grant = decided2014(new GrantTestData.Numbers());
            grant.report(2014, report(4_050_000L, 3_800_000L, 0));

            assertThatThrownBy(() -> grant.correctReport(2014, new PerformanceReport(LocalDate.of(9999, 12, 31),
                    1L, 1L, 0L, List.of(), "tokyo-admin"), "誤り", NOW)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    class PendingDocuments {

        @Test
        void aDecisionOutsideItsFiscalYearIsRefusedBeforeAnyNumberIsTaken() {
            GrantTestData.Numbers numbers = new GrantTestData.Numbers();
            Grant grant = applied2014(40_000_000L, 20_000_000L);

            assertThatThrownBy(() -> grant.decide(2014, new DecisionTerms(LocalDate.of(2015, 4, 1), 20_000_000L,
                    List.of(), null, "suzuki"), numbers)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> grant.decide(2014, decision(90_000_000L), numbers))
                    .isInstanceOf(AmountAboveLimitException.class);

            assertThat(numbers.issuedCount()).isZero();
            assertThat(grant.year(2014).pendingDocument()).isNull();
        }

        @Test
        void aRepeatedDecisionFindsItPendingAndAnotherIsRefused() {
            GrantTestData.Numbers numbers = new GrantTestData.Numbers();
            Grant grant = applied2014(40_000_000L, 20_000_000L);

            assertThat(grant.prepareDecision(2014, decision(20_000_000L), NOW)).isTrue();
            assertThat(grant.prepareDecision(2014, decision(20_000_000L), NOW.plusSeconds(5))).isFalse();
            assertThatThrownBy(() -> grant.prepareDecision(2014, decision(10_000_000L), NOW))
                    .isInstanceOf(DocumentInProgressException.class);
            assertThat(numbers.issuedCount()).isZero();

            assertThat(grant.completePending(2014, numbers)).isTrue();
            assertThat(grant.completePending(2014, numbers)).isFalse();
            assertThat(grant.year(2014).decision().documentNumber()).isEqualTo("26産労商地助第1号");
            assertThat(numbers.issuedCount()).isEqualTo(1);
            assertThat(grant.newEvents()).extracting(GrantEvent::type).endsWith(EventTypes.GRANT_DECIDED);
        }
    }
}
