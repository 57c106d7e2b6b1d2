package jp.tokyo.monozukuri.grant.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.tokyo.monozukuri.grant.GrantServiceTest;
import jp.tokyo.monozukuri.grant.application.GrantProperties;
import jp.tokyo.monozukuri.grant.domain.ApprovedPlan;
import jp.tokyo.monozukuri.grant.domain.ChangeTerms;
import jp.tokyo.monozukuri.grant.domain.DecisionTerms;
import jp.tokyo.monozukuri.grant.domain.Grant;
import jp.tokyo.monozukuri.grant.domain.GrantApplication;
import jp.tokyo.monozukuri.grant.domain.GrantYear;
import jp.tokyo.monozukuri.grant.domain.GrantYearStatus;
import jp.tokyo.monozukuri.grant.domain.PerformanceReport;
import jp.tokyo.monozukuri.grant.domain.ProjectCost;
import jp.tokyo.monozukuri.grant.domain.Refund;
import jp.tokyo.monozukuri.grant.domain.YearBudget;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/** Grants in the store: what is saved comes back as it was, and a stale save never overwrites a newer one. */
class GrantStoreTest extends GrantServiceTest {

    private static final ApprovedPlan EDOGAWA = new ApprovedPlan("plan-edogawa-2014", 1, "131237", "江戸川区",
            "江戸川区ものづくり産業基盤強化計画", "25産労商地第2号", LocalDate.of(2014, 3, 13), 2014, 2016);

    @Autowired
    GrantStore store;

    @Autowired
    DocumentNumberRegister numbers;

    @Autowired
    GrantProperties properties;

    @Test
    void aGrantComesBackFromTheStoreWithEveryStepOfItsYears() {
        // given: FY2014 of 江戸川区 through decision, change, advance, report, confirmation and refund
        Grant grant = Grant.open(EDOGAWA, properties.program().toParameters(), fy -> fy == 2014
                ? new YearBudget(LocalDate.of(2014, 3, 27), LocalDate.of(2014, 3, 20)) : YearBudget.NONE,
                LocalDate.of(2014, 3, 27));
        grant.fileApplication(2014, new GrantApplication(LocalDate.of(2014, 4, 10), 30_000_000L, 15_000_000L,
                List.of(new ProjectCost(1, "企業価値の向上", 20_000_000L), new ProjectCost(3, "防音・防振・防臭対策",
                        10_000_000L)), "staff-131237"));
        grant.decide(2014, new DecisionTerms(LocalDate.of(2014, 5, 1), 15_000_000L, List.of("条件"), null,
                "tokyo-approver-suzuki"), numbers);
        grant.change(2014, new ChangeTerms(LocalDate.of(2014, 9, 1), 32_000_000L, 16_000_000L, 16_000_000L,
                "展示会出展の追加", "tokyo-approver-suzuki"), numbers);
        grant.pay(2014, "p-1", 16_000_000L, LocalDate.of(2014, 9, 10), "tokyo-approver-suzuki");
        grant.report(2014, new PerformanceReport(LocalDate.of(2015, 4, 28), 31_000_000L, 30_000_000L, 500_000L,
                List.of(), "staff-131237"));
        grant.confirm(2014, LocalDate.of(2015, 5, 25), "tokyo-approver-suzuki", numbers);
        grant.recordRefund(2014, new Refund(LocalDate.of(2015, 6, 1), 1_250_000L, "tokyo-approver-suzuki"));

        // when
        store.insert(grant, "corr-edogawa", List.of());
        StoredGrant loaded = store.find(grant.id()).orElseThrow();

        // then
        assertThat(loaded.correlationId()).isEqualTo("corr-edogawa");
        assertThat(loaded.grant().version()).isZero();
        assertThat(loaded.grant().parameters()).isEqualTo(grant.parameters());
        assertThat(loaded.grant().plan()).isEqualTo(EDOGAWA);
        assertThat(loaded.grant().years()).extracting(GrantYear::snapshot)
                .isEqualTo(grant.years().stream().map(GrantYear::snapshot).toList());
        GrantYear fy2014 = loaded.grant().year(2014);
        assertThat(fy2014.status()).isEqualTo(GrantYearStatus.PAID);
        assertThat(fy2014.confirmedAmountYen()).isEqualTo(14_750_000L);
        assertThat(fy2014.decision().decisionDate()).hasToString("2014-05-01");
    }

    @Test
    void aSaveOfAGrantLoadedBeforeAnotherSaveFailsAndChangesNothing() {
        // given: two requests loaded the same grant
        Grant opened = Grant.open(EDOGAWA, properties.program().toParameters(), fy -> YearBudget.NONE,
                LocalDate.of(2014, 3, 13));
        store.insert(opened, "corr", List.of());
        StoredGrant first = store.find(opened.id()).orElseThrow();
        StoredGrant second = store.find(opened.id()).orElseThrow();
        YearBudget budget = new YearBudget(LocalDate.of(2014, 3, 27), LocalDate.of(2014, 3, 20));
        first.grant().openYear(2014, budget, LocalDate.of(2014, 3, 27));
        second.grant().openYear(2015, new YearBudget(LocalDate.of(2015, 3, 27), LocalDate.of(2015, 3, 20)),
                LocalDate.of(2015, 3, 27));

        // when
        store.update(first, List.of());

        // then
        assertThatThrownBy(() -> store.update(second, List.of())).isInstanceOf(OptimisticLockingFailureException.class);
        Grant stored = store.find(opened.id()).orElseThrow().grant();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.year(2014).status()).isEqualTo(GrantYearStatus.OPEN);
        assertThat(stored.year(2015).status()).isEqualTo(GrantYearStatus.SCHEDULED);
    }
}
