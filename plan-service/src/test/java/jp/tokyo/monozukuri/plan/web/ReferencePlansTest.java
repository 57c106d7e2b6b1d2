package jp.tokyo.monozukuri.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import jp.tokyo.monozukuri.plan.domain.PlanContent;
import jp.tokyo.monozukuri.plan.domain.PlanProgram;
import jp.tokyo.monozukuri.plan.domain.PlanValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference fixture {@code fixtures/reference/plans-2014-03-13.json}: the four plans of the press release,
 * each a valid create request, as the release writes them.
 */
class ReferencePlansTest {

    private static List<PlanRequest> plans;

    @BeforeAll
    static void readTheFixture() throws IOException {
        JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = ReferencePlansTest.class.getResourceAsStream("/fixtures/reference/plans-2014-03-13.json")) {
            plans = strict.readValue(in, new TypeReference<List<PlanRequest>>() { });
        }
    }

    @Test
    void holdsTheFourApprovedPlansInTheOrderOfTheRelease() {
        assertThat(plans).extracting(PlanRequest::municipalityCode)
                .containsExactly("131091", "131237", "132012", "132047");
        assertThat(plans).extracting(PlanRequest::title).containsExactly(
                "品川区大崎駅周辺地域ものづくり産業基盤強化計画",
                "江戸川区ものづくり産業基盤強化計画",
                "八王子市地域産業基盤強化計画",
                "三鷹市地域産業基盤強化計画");
    }

    @Test
    void everyPlanIsValidForThePlanService() {
        PlanValidator rules = new PlanValidator(PlanProgram.DEFAULT);

        assertThat(plans).allSatisfy(plan -> assertThatCode(
                () -> rules.requireValidNewPlan(plan.municipalityCode(), plan.toContent())).doesNotThrowAnyException());
    }

    @Test
    void everyPlanRunsFromFiscal2014To2016WithThreeMeasures() {
        assertThat(plans).allSatisfy(plan -> {
            assertThat(plan.startFiscalYear()).isEqualTo(2014);
            assertThat(plan.endFiscalYear()).isEqualTo(2016);
            assertThat(plan.measures()).hasSize(3);
        });
    }

    @Test
    void measuresAndProjectsAreThoseOfTheReleaseInOrder() {
        PlanRequest hachioji = plans.get(2);

        assertThat(hachioji.measures()).extracting(PlanContent.Measure::title)
                .containsExactly("企業立地の促進", "企業集積の維持", "技術力向上支援");
        assertThat(hachioji.measures().get(0).projects()).extracting(PlanContent.Project::name).containsExactly(
                "奨励金による企業立地促進(奨励金の交付による市外企業誘致及び市内企業の拡張・新拠点設置促進)",
                "立地魅力・支援制度の周知");
        assertThat(plans.get(0).targetArea()).isEqualTo("大崎駅周辺地域");
        assertThat(plans.get(1).figures()).containsExactly("近代的な工場街区(テクノタウン小松川)");
    }

    @Test
    void contactsAreMarkedAsIllustrative() {
        assertThat(plans).allSatisfy(plan -> {
            assertThat(plan.contact().department()).endsWith("(例示)");
            assertThat(plan.contact().person()).endsWith("(例示)");
            assertThat(plan.contact().email()).endsWith(".example.jp");
        });
    }
}
