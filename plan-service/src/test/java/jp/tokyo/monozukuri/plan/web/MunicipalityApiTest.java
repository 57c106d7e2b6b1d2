package jp.tokyo.monozukuri.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tokyo.monozukuri.plan.PlanServiceIntegrationTest;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MunicipalityApiTest extends PlanServiceIntegrationTest {

    @Test
    void listsTokyosSixtyTwoMunicipalitiesWithTheirHeadsTitle() {
        // when
        Response response = get("/api/municipalities", TestTokens.municipality(TestTokens.HACHIOJI));

        // then
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).hasSize(62);
        JsonNode first = response.body().get(0);
        assertThat(first.get("code").asString()).isEqualTo("131016");
        assertThat(first.get("name").asString()).isEqualTo("千代田区");
        assertThat(response.body()).anySatisfy(m -> {
            assertThat(m.get("code").asString()).isEqualTo("132012");
            assertThat(m.get("name").asString()).isEqualTo("八王子市");
            assertThat(m.get("kind").asString()).isEqualTo("CITY");
            assertThat(m.get("headTitle").asString()).isEqualTo("市長");
        });
    }
}
