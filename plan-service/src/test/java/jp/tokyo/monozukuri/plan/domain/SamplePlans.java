package jp.tokyo.monozukuri.plan.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.tokyo.monozukuri.plan.domain.PlanContent.Contact;
import jp.tokyo.monozukuri.plan.domain.PlanContent.Measure;
import jp.tokyo.monozukuri.plan.domain.PlanContent.PlannedCost;
import jp.tokyo.monozukuri.plan.domain.PlanContent.Project;

/** 品川区's plan of the 2014-03-13 press release, built in code so that domain tests need no I/O. */
final class SamplePlans {

    static final String SHINAGAWA = "131091";
    static final String PLANNER = "shinagawa-planner";
    static final Instant DRAFTED = Instant.parse("2014-01-10T01:00:00Z");
    static final Instant SUBMITTED = Instant.parse("2014-01-20T01:15:00Z");
    static final PlanValidator RULES = new PlanValidator(PlanProgram.DEFAULT);

    private SamplePlans() {
    }

    static PlanContent shinagawa() {
        return new PlanContent(
                "品川区大崎駅周辺地域ものづくり産業基盤強化計画",
                "大崎駅周辺地域",
                2014, 2016,
                "品川区の地域産業である製造業の事業所はこの10年間で半減したが、一方、ここ数年の間にソフトウェア関連企業が約2倍に増えており、"
                        + "特に大崎駅周辺地域は集積傾向にある。既存の製造業の集積維持・強化を図るとともに、品川区(大崎駅周辺地域)が有する"
                        + "地域ポテンシャルを活用しながら、ものづくりを中心とした新産業・新ビジネスの創出を目指す。",
                List.of(
                        new Measure("成長産業参入等支援事業", List.of(
                                project("グリーン・ライフイノベーション支援事業", 20_000_000L, 20_000_000L, 20_000_000L),
                                project("メードイン品川PR事業", 8_000_000L, 8_000_000L, 8_000_000L),
                                project("貿易支援を中心とした海外展開支援事業", 12_000_000L, 12_000_000L, 12_000_000L))),
                        new Measure("品川ビジネスクラブ活動支援事業", List.of(
                                project("企業・人材交流支援"),
                                project("ビジネス創造事業支援"),
                                project("異分野とのビジネスマッチング事業"))),
                        new Measure("品川産業支援交流施設基盤整備事業", List.of(
                                project("施設運営アドバイザーの設置及びベンチャー企業誘致活動")))),
                List.of("「品川産業支援交流施設」フロアイメージ図\n(大崎駅近く・平成27年6月開設予定)"),
                new Contact("地域振興部商業・ものづくり課(例示)", "品川 太郎(例示)", "monozukuri@city.shinagawa.example.jp",
                        "03-5742-6000"));
    }

    /** A project with planned costs for the fiscal years 2014, 2015, … in order. */
    static Project project(String name, Long... amountsFrom2014) {
        List<PlannedCost> costs = new ArrayList<>();
        for (int i = 0; i < amountsFrom2014.length; i++) {
            costs.add(new PlannedCost(2014 + i, amountsFrom2014[i]));
        }
        return new Project(name, null, costs);
    }

    static Plan draft() {
        return Plan.draft("plan-shinagawa-2014", SHINAGAWA, shinagawa(), RULES, PLANNER, DRAFTED);
    }

    static Plan submitted() {
        Plan plan = draft();
        plan.submit(RULES, PLANNER, SUBMITTED);
        return plan;
    }
}
