package jp.tokyo.monozukuri.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tokyo.monozukuri.infrastructure.security.Role;
import jp.tokyo.monozukuri.plan.PlanServiceIntegrationTest;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class PlanValidationApiTest extends PlanServiceIntegrationTest {

    private static final String SHINAGAWA = TestTokens.municipality(TestTokens.SHINAGAWA);

    @Test
    void everyOffendingFieldIsNamedInOneProblem() {
        // given a plan with a two-year period, no title, a cost outside the period and a bad e-mail
        ObjectNode plan = referencePlan(TestTokens.SHINAGAWA);
        plan.put("endFiscalYear", 2015);
        plan.remove("title");
        ((ArrayNode) plan.at("/measures/0/projects/2/plannedCosts"))
                .add(JSON.createObjectNode().put("fiscalYear", 2019).put("amountYen", 1_000_000));
        ((ObjectNode) plan.get("contact")).put("email", "monozukuri-at-shinagawa");

        // when
        Response response = post("/api/plans", SHINAGAWA, plan);

        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().getContentType()).hasToString("application/problem+json");
        assertThat(response.problemType()).endsWith("/validation");
        assertThat(response.errorFields()).containsExactly("title", "endFiscalYear", "contact.email");
        assertThat(get("/api/plans", SHINAGAWA).body().get("totalItems").asLong()).isZero();
    }

    @Test
    void aCostForAFiscalYearOutsideThePeriodIsNamedByItsPath() {
        ObjectNode plan = referencePlan(TestTokens.SHINAGAWA);
        ((ArrayNode) plan.at("/measures/0/projects/2/plannedCosts"))
                .add(JSON.createObjectNode().put("fiscalYear", 2017).put("amountYen", 1_000_000));

        Response response = post("/api/plans", SHINAGAWA, plan);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("measures[0].projects[2].plannedCosts[3].fiscalYear");
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        ObjectNode plan = referencePlan(TestTokens.SHINAGAWA);
        plan.put("startFiscalYear", "平成26年度");

        Response response = post("/api/plans", SHINAGAWA, plan);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("startFiscalYear");
    }

    @Test
    void unreadableJsonIsABadRequest() {
        Response response = post("/api/plans", SHINAGAWA, "{\"title\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("body");
    }

    @Test
    void aMunicipalityCodeWithAWrongCheckDigitIsNamed() {
        ObjectNode plan = referencePlan(TestTokens.SHINAGAWA);
        plan.put("municipalityCode", "131092");

        Response response = post("/api/plans", TestTokens.of("confused", "131092",
                Role.MUNICIPALITY), plan);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("municipalityCode");
    }

    @Test
    void anInvalidEditChangesNothing() {
        // given
        String id = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        ObjectNode edit = referencePlan(TestTokens.SHINAGAWA);
        edit.put("summary", "");
        edit.put("title", "品川区ものづくり産業基盤強化計画");

        // when
        Response response = put("/api/plans/" + id, SHINAGAWA, edit, "\"1\"");

        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("summary");
        Response unchanged = get("/api/plans/" + id, SHINAGAWA);
        assertThat(unchanged.etag()).isEqualTo("\"1\"");
        assertThat(unchanged.body().get("title").asString()).isEqualTo("品川区大崎駅周辺地域ものづくり産業基盤強化計画");
    }

    @Test
    void theMunicipalityOfAPlanCannotChange() {
        String id = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        ObjectNode edit = referencePlan(TestTokens.SHINAGAWA);
        edit.put("municipalityCode", TestTokens.EDOGAWA);

        Response response = put("/api/plans/" + id, SHINAGAWA, edit, "\"1\"");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("municipalityCode");
    }

    @Test
    void anOverlongWithdrawalReasonIsNamed() {
        String id = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));

        Response response = post("/api/plans/" + id + "/withdraw", SHINAGAWA,
                JSON.createObjectNode().put("reason", "理".repeat(2_001)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("reason");
    }
}
