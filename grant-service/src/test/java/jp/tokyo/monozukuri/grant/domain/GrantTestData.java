package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;

/** 品川区's plan approved on 2014-03-13 under 25産労商地第1号, and the program's published parameters. */
final class GrantTestData {

    static final ProgramParameters PROGRAM = new ProgramParameters(new SubsidyRate(1, 2), 100_000_000L, 1_000L, 30,
            20);

    static final ApprovedPlan SHINAGAWA = new ApprovedPlan("plan-shinagawa-2014", 1, "131091", "品川区",
            "品川区大崎駅周辺地域ものづくり産業基盤強化計画", "25産労商地第1号", LocalDate.of(2014, 3, 13), 2014, 2016);

    static final LocalDate APPROVAL_DAY = LocalDate.of(2014, 3, 13);

    /** Both assemblies passed the FY2014 budget: 品川区議会 on March 18, 都議会 on March 27. */
    static final YearBudget BUDGET_2014 = new YearBudget(LocalDate.of(2014, 3, 27), LocalDate.of(2014, 3, 18));

    private GrantTestData() {
    }

    static Grant openedGrant() {
        return Grant.open(SHINAGAWA, PROGRAM, fy -> YearBudget.NONE, APPROVAL_DAY);
    }

    static Grant openYear2014() {
        Grant grant = openedGrant();
        grant.openYear(2014, BUDGET_2014, LocalDate.of(2014, 3, 27));
        return grant;
    }

    static GrantApplication application(long eligibleCostYen, long requestedAmountYen) {
        return new GrantApplication(LocalDate.of(2014, 4, 15), eligibleCostYen, requestedAmountYen,
                List.of(new ProjectCost(1, "グリーン・ライフイノベーション支援事業", eligibleCostYen)), "shinagawa-planner");
    }

    static Grant applied2014(long eligibleCostYen, long requestedAmountYen) {
        Grant grant = openYear2014();
        grant.fileApplication(2014, application(eligibleCostYen, requestedAmountYen));
        return grant;
    }

    static DecisionTerms decision(long amountYen) {
        return new DecisionTerms(LocalDate.of(2014, 5, 15), amountYen, List.of("補助事業の内容を変更する場合は、あらかじめ知事の承認を受けること。"),
                null, "tokyo-approver-suzuki");
    }

    /** FY2014 decided at ¥20,000,000 on an eligible cost of ¥40,000,000. */
    static Grant decided2014(Numbers numbers) {
        Grant grant = applied2014(40_000_000L, 20_000_000L);
        grant.decide(2014, decision(20_000_000L), numbers);
        return grant;
    }

    static PerformanceReport report(long actualCostYen, long eligibleActualCostYen, long otherRevenueYen) {
        return new PerformanceReport(LocalDate.of(2015, 4, 20), actualCostYen, eligibleActualCostYen,
                otherRevenueYen, List.of(), "shinagawa-planner");
    }

    /**
     * Document numbers of the grant series, one sequence per fiscal year, the same number again for the same
     * subject — the rules the stored register keeps, without the store.
     */
    static final class Numbers implements DocumentNumberIssuer {

        private final Map<String, DocumentNumber> issued = new HashMap<>();
        private final Map<Integer, Integer> lastByFiscalYear = new HashMap<>();

        @Override
        public DocumentNumber issue(DocumentSubject subject, LocalDate documentDate) {
            return issued.computeIfAbsent(subject.key(), key -> {
                int fiscalYear = JapaneseCalendar.fiscalYearOf(documentDate);
                int next = lastByFiscalYear.merge(fiscalYear, 1, Integer::sum);
                return new DocumentNumber(fiscalYear, "産労商地助", next);
            });
        }

        int issuedCount() {
            return issued.size();
        }
    }
}
