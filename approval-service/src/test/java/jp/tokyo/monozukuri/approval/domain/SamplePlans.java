package jp.tokyo.monozukuri.approval.domain;

import java.time.OffsetDateTime;
import java.util.List;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision.Contact;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision.Measure;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision.PlannedCost;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision.Project;

/** Plans of the press release of 2014-03-13, as the domain tests need them. */
final class SamplePlans {

    static final OffsetDateTime SUBMITTED = OffsetDateTime.parse("2014-01-20T10:15:00+09:00");

    private SamplePlans() {
    }

    /** 品川区大崎駅周辺地域ものづくり産業基盤強化計画, revision 1. */
    static PlanRevision shinagawa() {
        return shinagawa(1);
    }

    static PlanRevision shinagawa(int revision) {
        return new PlanRevision("plan-shinagawa-2014", revision, "131091", "品川区",
                "品川区大崎駅周辺地域ものづくり産業基盤強化計画", "大崎駅周辺地域", 2014, 2016,
                "既存の製造業の集積維持・強化を図るとともに、ものづくりを中心とした新産業・新ビジネスの創出を目指す。",
                List.of(new Measure(1, "成長産業参入等支援事業", List.of(
                                new Project("グリーン・ライフイノベーション支援事業", null,
                                        List.of(new PlannedCost(2014, 20_000_000L))),
                                new Project("メードイン品川PR事業", null, List.of()))),
                        new Measure(2, "品川ビジネスクラブ活動支援事業", List.of(
                                new Project("企業・人材交流支援", null, List.of()))),
                        new Measure(3, "品川産業支援交流施設基盤整備事業", List.of(
                                new Project("施設運営アドバイザーの設置及びベンチャー企業誘致活動", null, List.of())))),
                List.of("「品川産業支援交流施設」フロアイメージ図(大崎駅近く・平成27年6月開設予定)"),
                new Contact("地域振興部商業・ものづくり課(例示)", "品川 太郎(例示)", "monozukuri@city.shinagawa.example.jp",
                        "03-5742-6000"),
                SUBMITTED.plusDays(30L * (revision - 1)), "shinagawa-planner");
    }

    /** 八王子市地域産業基盤強化計画, revision 1. */
    static PlanRevision hachioji() {
        return new PlanRevision("plan-hachioji-2014", 1, "132012", "八王子市", "八王子市地域産業基盤強化計画", null, 2014,
                2016, "ポテンシャルを活かした積極的な企業誘致とともに、製造業の集積を目指す。",
                List.of(new Measure(1, "企業立地の促進", List.of(new Project("奨励金による企業立地促進", null, List.of()))),
                        new Measure(2, "企業集積の維持", List.of(new Project("貸工場移転経費の補助", null, List.of()))),
                        new Measure(3, "技術力向上支援",
                                List.of(new Project("産学連携による研究・開発補助", null, List.of())))),
                List.of("新規に立地した企業(八王子ニュータウンの業務用地)"),
                new Contact("産業振興部企業支援課(例示)", null, "monozukuri@city.hachioji.example.jp", "042-626-3111"),
                OffsetDateTime.parse("2014-01-28T09:30:00+09:00"), "hachioji-planner");
    }
}
