package jp.tokyo.monozukuri.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.tokyo.monozukuri.plan.PlanServiceIntegrationTest;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.node.ObjectNode;

/** Optimistic concurrency of edits: ETag on every read, If-Match on every edit. */
class PlanConcurrencyApiTest extends PlanServiceIntegrationTest {

    private static final String SHINAGAWA = TestTokens.municipality(TestTokens.SHINAGAWA);

    @Test
    void anEditNamingTheCurrentETagSucceedsAndAnswersTheNextETag() {
        // given
        String id = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        String etag = get("/api/plans/" + id, SHINAGAWA).etag();

        // when
        Response edited = put("/api/plans/" + id, SHINAGAWA, retitled("品川区ものづくり産業基盤強化計画"), etag);

        // then
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.etag()).isEqualTo("\"2\"");
        assertThat(edited.body().get("title").asString()).isEqualTo("品川区ものづくり産業基盤強化計画");
        assertThat(edited.body().get("updatedBy").asString()).isEqualTo("staff-131091");
    }

    @Test
    void anEditWithoutIfMatchIsRefusedWith428() {
        String id = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));

        Response edited = put("/api/plans/" + id, SHINAGAWA, retitled("無条件の上書き"), null);

        assertThat(edited.status()).isEqualTo(428);
        assertThat(edited.problemType()).endsWith("/if-match-required");
        assertThat(get("/api/plans/" + id, SHINAGAWA).body().get("title").asString())
                .isEqualTo("品川区大崎駅周辺地域ものづくり産業基盤強化計画");
    }

    @Test
    void theSecondOfTwoEditsOfTheSameVersionIsRefusedWith412() {
        // given two editors who read the same version
        String id = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        String etagSeenByBoth = get("/api/plans/" + id, SHINAGAWA).etag();
        assertThat(put("/api/plans/" + id, SHINAGAWA, retitled("第一の編集"), etagSeenByBoth).status()).isEqualTo(200);

        // when the second saves on top of what it never saw
        Response second = put("/api/plans/" + id, SHINAGAWA, retitled("第二の編集"), etagSeenByBoth);

        // then
        assertThat(second.status()).isEqualTo(412);
        assertThat(second.problemType()).endsWith("/stale-version");
        assertThat(get("/api/plans/" + id, SHINAGAWA).body().get("title").asString()).isEqualTo("第一の編集");
    }

    @Test
    void aWeakOrForeignETagNeverMatches() {
        String id = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));

        assertThat(put("/api/plans/" + id, SHINAGAWA, retitled("弱いETag"), "W/\"1\"").status()).isEqualTo(412);
        assertThat(put("/api/plans/" + id, SHINAGAWA, retitled("他のETag"), "\"abc\"").status()).isEqualTo(412);
    }

    @Test
    void aSubmissionNamingAStaleETagIsRefusedWith412() {
        String id = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        put("/api/plans/" + id, SHINAGAWA, retitled("品川区ものづくり産業基盤強化計画"), "\"1\"");

        Response submitted = call(HttpMethod.POST, "/api/plans/" + id + "/submit", SHINAGAWA, null,
                Map.of(HttpHeaders.IF_MATCH, "\"1\""));

        assertThat(submitted.status()).isEqualTo(412);
        assertThat(get("/api/plans/" + id, SHINAGAWA).body().get("status").asString()).isEqualTo("DRAFT");
    }

    private static ObjectNode retitled(String title) {
        return referencePlan(TestTokens.SHINAGAWA).put("title", title);
    }
}
