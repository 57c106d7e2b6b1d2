package jp.tokyo.monozukuri.grant.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.grant.domain.ApprovedPlan;
import jp.tokyo.monozukuri.grant.domain.Assembly;
import jp.tokyo.monozukuri.grant.domain.ChangeTerms;
import jp.tokyo.monozukuri.grant.domain.DecisionTerms;
import jp.tokyo.monozukuri.grant.domain.DocumentNumber;
import jp.tokyo.monozukuri.grant.domain.Grant;
import jp.tokyo.monozukuri.grant.domain.GrantApplication;
import jp.tokyo.monozukuri.grant.domain.GrantEvent;
import jp.tokyo.monozukuri.grant.domain.PerformanceReport;
import jp.tokyo.monozukuri.grant.domain.ProgramParameters;
import jp.tokyo.monozukuri.grant.domain.ProjectCost;
import jp.tokyo.monozukuri.grant.domain.SubsidyRate;
import jp.tokyo.monozukuri.grant.domain.YearBudget;
import jp.tokyo.monozukuri.infrastructure.events.EventJson;
import jp.tokyo.monozukuri.testsupport.ProducerContract;
import org.junit.jupiter.api.Test;

/**
 * The producer's side of the contract: every event grant-service publishes has exactly the shape of its fixture in
 * {@code contracts}, which notification-service tests against.
 */
class GrantEventContractTest {

    private static final List<String> GRANT_EVENT_TYPES = List.of(EventTypes.GRANT_OPENED,
            EventTypes.GRANT_YEAR_OPENED, EventTypes.GRANT_DECIDED, EventTypes.GRANT_CHANGED, EventTypes.GRANT_PAID,
            EventTypes.GRANT_CONFIRMED, EventTypes.GRANT_REFUND_DUE, EventTypes.GRANT_REPORT_OVERDUE,
            EventTypes.GRANT_YEAR_SUSPENDED);

    @Test
    void everyEventOfAGrantsLifeHasTheFieldsOfItsFixture() {
        // given: 品川区's FY2014 through every event there is
        Map<String, Object> lastOfEachType = new LinkedHashMap<>();
        for (GrantEvent event : shinagawaFiscalYear2014().newEvents()) {
            lastOfEachType.put(event.type(), event.payload());
        }

        // then
        assertThat(lastOfEachType.keySet()).containsExactlyInAnyOrderElementsOf(GRANT_EVENT_TYPES);
        lastOfEachType.forEach((type, payload) -> {
            EventEnvelope<Object> produced = EventEnvelope.create(type, OffsetDateTime.now(), "grant-service",
                    "grant-plan-shinagawa-2014", "131091", "c", payload);
            ProducerContract.assertMatchesFixture(type, EventJson.write(produced));
        });
    }

    private static Grant shinagawaFiscalYear2014() {
        ProgramParameters program = new ProgramParameters(new SubsidyRate(1, 2), 100_000_000L, 1_000L, 30, 20);
        ApprovedPlan plan = new ApprovedPlan("plan-shinagawa-2014", 1, "131091", "品川区",
                "品川区大崎駅周辺地域ものづくり産業基盤強化計画", "25産労商地第1号", LocalDate.of(2014, 3, 13), 2014, 2016);
        Grant grant = Grant.open(plan, program, fy -> fy <= 2015
                ? new YearBudget(LocalDate.of(fy, 3, 27), LocalDate.of(fy, 3, 18)) : YearBudget.NONE,
                LocalDate.of(2014, 3, 27));
        int[] sequence = {0};
        grant.fileApplication(2014, new GrantApplication(LocalDate.of(2014, 4, 15), 40_000_000L, 20_000_000L,
                List.of(new ProjectCost(1, "グリーン・ライフイノベーション支援事業", 40_000_000L)), "shinagawa-planner"));
        grant.decide(2014, new DecisionTerms(LocalDate.of(2014, 5, 15), 20_000_000L, List.of("条件"), null,
                "tokyo-approver-suzuki"), (subject, date) -> new DocumentNumber(2014, "産労商地助", ++sequence[0]));
        grant.pay(2014, "p-1", 20_000_000L, LocalDate.of(2014, 6, 2), "tokyo-approver-suzuki");
        grant.change(2014, new ChangeTerms(LocalDate.of(2014, 10, 15), 44_000_000L, 22_000_000L, 22_000_000L,
                "増額", "tokyo-approver-suzuki"), (subject, date) -> new DocumentNumber(2014, "産労商地助", ++sequence[0]));
        grant.raiseOverdueReports(LocalDate.of(2015, 5, 1));
        grant.report(2014, new PerformanceReport(LocalDate.of(2015, 5, 7), 40_500_000L, 38_000_000L, 1_000_000L,
                List.of(), "shinagawa-planner"));
        grant.confirm(2014, LocalDate.of(2015, 5, 20), "tokyo-approver-suzuki",
                (subject, date) -> new DocumentNumber(2015, "産労商地助", 1));
        // FY2015's Metropolitan resolution was entered in error and is withdrawn: the open year waits again
        grant.budgetCorrected(2015, new YearBudget(null, LocalDate.of(2015, 3, 18)), Assembly.METROPOLITAN,
                "議決日の誤入力", "tokyo-admin-tanaka", LocalDate.of(2015, 5, 21));
        return grant;
    }
}
