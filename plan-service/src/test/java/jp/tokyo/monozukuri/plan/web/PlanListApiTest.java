package jp.tokyo.monozukuri.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.tokyo.monozukuri.plan.PlanServiceIntegrationTest;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PlanListApiTest extends PlanServiceIntegrationTest {

    private static final String REVIEWER = TestTokens.reviewer("tokyo-reviewer-sato");

    /** The four plans of the release, 品川区 and 三鷹市 submitted; plus a later 品川区 draft for 2017–2019. */
    @BeforeEach
    void givenThePlansOfThePressRelease() {
        createAndSubmit(TestTokens.municipality(TestTokens.SHINAGAWA), referencePlan(TestTokens.SHINAGAWA));
        create(TestTokens.municipality(TestTokens.EDOGAWA), referencePlan(TestTokens.EDOGAWA));
        create(TestTokens.municipality(TestTokens.HACHIOJI), referencePlan(TestTokens.HACHIOJI));
        createAndSubmit(TestTokens.municipality(TestTokens.MITAKA), referencePlan(TestTokens.MITAKA));
        create(TestTokens.municipality(TestTokens.SHINAGAWA), referencePlan(TestTokens.SHINAGAWA, 2017)
                .put("title", "品川区ものづくり産業基盤強化計画(第2期)"));
    }

    @Test
    void plansArePagedNewestFirst() {
        // when
        Response first = get("/api/plans?page=0&size=2", REVIEWER);
        Response third = get("/api/plans?page=2&size=2", REVIEWER);

        // then
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("totalItems").asLong()).isEqualTo(5);
        assertThat(first.body().get("totalPages").asInt()).isEqualTo(3);
        assertThat(first.body().get("size").asInt()).isEqualTo(2);
        assertThat(titles(first)).containsExactly("品川区ものづくり産業基盤強化計画(第2期)", "三鷹市地域産業基盤強化計画");
        assertThat(third.body().get("page").asInt()).isEqualTo(2);
        assertThat(titles(third)).containsExactly("品川区大崎駅周辺地域ものづくり産業基盤強化計画");
    }

    @Test
    void aPageBeyondTheLastIsEmpty() {
        Response beyond = get("/api/plans?page=9&size=2", REVIEWER);

        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.body().get("items")).isEmpty();
        assertThat(beyond.body().get("totalItems").asLong()).isEqualTo(5);
    }

    @Test
    void plansAreFilteredByStatusMunicipalityAndFiscalYear() {
        assertThat(titles(get("/api/plans?status=SUBMITTED", REVIEWER)))
                .containsExactlyInAnyOrder("品川区大崎駅周辺地域ものづくり産業基盤強化計画", "三鷹市地域産業基盤強化計画");
        assertThat(titles(get("/api/plans?municipalityCode=" + TestTokens.SHINAGAWA, REVIEWER))).hasSize(2);
        assertThat(titles(get("/api/plans?fiscalYear=2018", REVIEWER)))
                .containsExactly("品川区ものづくり産業基盤強化計画(第2期)");
        assertThat(titles(get("/api/plans?fiscalYear=2016&municipalityCode=" + TestTokens.SHINAGAWA, REVIEWER)))
                .containsExactly("品川区大崎駅周辺地域ものづくり産業基盤強化計画");
    }

    @Test
    void aListLineShowsWhereThePlanStands() {
        JsonNode line = get("/api/plans?status=SUBMITTED&municipalityCode=" + TestTokens.MITAKA, REVIEWER)
                .body().at("/items/0");

        assertThat(line.at("/municipality/name").asString()).isEqualTo("三鷹市");
        assertThat(line.get("period").asString()).isEqualTo("平成26~28年度");
        assertThat(line.get("revision").asInt()).isEqualTo(1);
        assertThat(line.get("version").asLong()).isEqualTo(2);
        assertThat(line.has("measures")).isFalse();
    }

    @Test
    void aMunicipalitySeesOnlyItsOwnPlansWhateverItAsksFor() {
        String shinagawa = TestTokens.municipality(TestTokens.SHINAGAWA);

        assertThat(get("/api/plans", shinagawa).body().get("totalItems").asLong()).isEqualTo(2);
        assertThat(get("/api/plans?municipalityCode=" + TestTokens.MITAKA, shinagawa).body()
                .get("items")).allSatisfy(p -> assertThat(p.at("/municipality/code").asString())
                .isEqualTo(TestTokens.SHINAGAWA));
    }

    @Test
    void badPagingAndFiltersAreNamed() {
        assertThat(get("/api/plans?size=0", REVIEWER).errorFields()).containsExactly("size");
        assertThat(get("/api/plans?size=101", REVIEWER).errorFields()).containsExactly("size");
        assertThat(get("/api/plans?page=-1", REVIEWER).errorFields()).containsExactly("page");
        assertThat(get("/api/plans?status=APPROVED_MAYBE", REVIEWER).errorFields()).containsExactly("status");
        assertThat(get("/api/plans?fiscalYear=平成26", REVIEWER).errorFields()).containsExactly("fiscalYear");
    }

    private static List<String> titles(Response response) {
        List<String> titles = new ArrayList<>();
        response.body().get("items").forEach(p -> titles.add(p.get("title").asString()));
        return titles;
    }
}
