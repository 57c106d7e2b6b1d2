package jp.tokyo.monozukuri.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tokyo.monozukuri.plan.PlanServiceIntegrationTest;
import jp.tokyo.monozukuri.testsupport.RawHttp;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PlanLifecycleApiTest extends PlanServiceIntegrationTest {

    private static final String SHINAGAWA = TestTokens.municipality(TestTokens.SHINAGAWA);

    @Test
    void creatingAPlanAnswers201WithLocationAndETag() {
        // when
        Response created = post("/api/plans", SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));

        // then
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(created.headers().getLocation()).hasToString("/api/plans/" + id);
        assertThat(created.etag()).isEqualTo("\"1\"");
        JsonNode plan = created.body();
        assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
        assertThat(plan.get("revision").asInt()).isZero();
        assertThat(plan.at("/municipality/name").asString()).isEqualTo("品川区");
        assertThat(plan.at("/municipality/kind").asString()).isEqualTo("WARD");
        assertThat(plan.get("period").asString()).isEqualTo("平成26~28年度");
        assertThat(plan.at("/measures/2/number").asInt()).isEqualTo(3);
        assertThat(plan.at("/measures/2/title").asString()).isEqualTo("品川産業支援交流施設基盤整備事業");
        assertThat(plan.at("/statusHistory/0/to").asString()).isEqualTo("DRAFT");
        assertThat(plan.at("/statusHistory/0/by").asString()).isEqualTo("staff-131091");
    }

    @Test
    void theLocationOfANewPlanIsNeverBuiltFromTheHostHeader() {
        // when a client sends a Host of its choosing
        String body = JSON.writeValueAsString(referencePlan(TestTokens.SHINAGAWA));
        RawHttp.Response created = RawHttp.exchange(port, "POST /api/plans HTTP/1.1\r\nHost: evil.example\r\n"
                + "Authorization: " + SHINAGAWA + "\r\nContent-Type: application/json\r\n", body);

        // then the Location is relative: it names no host at all
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("/api/plans/").doesNotContain("evil.example");
    }

    @Test
    void aPlanIsReadBackWithItsETag() {
        // given
        String id = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));

        // when
        Response read = get("/api/plans/" + id, SHINAGAWA);

        // then
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).isEqualTo("\"1\"");
        assertThat(read.body().get("title").asString()).isEqualTo("品川区大崎駅周辺地域ものづくり産業基盤強化計画");
        assertThat(read.body().at("/figures/0").asString())
                .isEqualTo("「品川産業支援交流施設」フロアイメージ図\n(大崎駅近く・平成27年6月開設予定)");
    }

    @Test
    void theMunicipalityIsTheCallersOwnWhenTheRequestLeavesItOut() {
        ObjectNode plan = referencePlan(TestTokens.MITAKA);
        plan.remove("municipalityCode");

        Response created = post("/api/plans", TestTokens.municipality(TestTokens.MITAKA), plan);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().at("/municipality/code").asString()).isEqualTo(TestTokens.MITAKA);
    }

    @Test
    void submittingFreezesRevisionOneReadableAsPlanSubmittedCarriedIt() {
        // given
        String id = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));

        // when
        Response submitted = submit(id, SHINAGAWA);

        // then
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.body().get("revision").asInt()).isEqualTo(1);
        assertThat(submitted.etag()).isEqualTo("\"2\"");
        Response revisions = get("/api/plans/" + id + "/revisions", SHINAGAWA);
        assertThat(revisions.body()).hasSize(1);
        assertThat(revisions.body().at("/0/number").asInt()).isEqualTo(1);
        Response first = get("/api/plans/" + id + "/revisions/1", SHINAGAWA);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("planId").asString()).isEqualTo(id);
        assertThat(first.body().get("municipalityName").asString()).isEqualTo("品川区");
        assertThat(first.body().at("/measures/0/projects/0/plannedCosts/0/amountYen").asLong()).isEqualTo(20_000_000L);
        assertThat(first.body().at("/contact/email").asString()).isEqualTo("monozukuri@city.shinagawa.example.jp");
        assertThat(get("/api/plans/" + id + "/revisions/2", SHINAGAWA).status()).isEqualTo(404);
    }

    @Test
    void aSubmittedPlanIsNotEditable() {
        // given
        String id = createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        Response current = get("/api/plans/" + id, SHINAGAWA);

        // when
        Response edit = put("/api/plans/" + id, SHINAGAWA, referencePlan(TestTokens.SHINAGAWA), current.etag());

        // then
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.problemType()).endsWith("/plan-not-editable");
    }

    @Test
    void submittingTwiceIsAConflict() {
        String id = createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));

        Response again = submit(id, SHINAGAWA);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).endsWith("/plan-status-conflict");
    }

    @Test
    void withdrawingASubmittedPlanIsARequestThatRecordsTheReason() {
        // given
        String id = createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        ObjectNode body = JSON.createObjectNode().put("reason", "施策3の事業内容を見直すため");

        // when
        Response requested = post("/api/plans/" + id + "/withdraw", SHINAGAWA, body);

        // then
        assertThat(requested.status()).isEqualTo(202);
        assertThat(requested.body().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(requested.body().get("withdrawalRequested").asBoolean()).isTrue();
        assertThat(requested.body().at("/pendingWithdrawal/reason").asString()).isEqualTo("施策3の事業内容を見直すため");
        Response again = post("/api/plans/" + id + "/withdraw", SHINAGAWA, null);
        assertThat(again.status()).as("asking again while pending changes nothing").isEqualTo(202);
        assertThat(again.etag()).isEqualTo(requested.etag());
        Response edit = put("/api/plans/" + id, SHINAGAWA, referencePlan(TestTokens.SHINAGAWA), requested.etag());
        assertThat(edit.status()).isEqualTo(409);
    }

    @Test
    void aDraftCanBeWithdrawnWithoutAReason() {
        String id = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));

        Response withdrawn = post("/api/plans/" + id + "/withdraw", SHINAGAWA, null);

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body().get("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void anUnknownPlanIsNotFound() {
        Response missing = get("/api/plans/no-such-plan", SHINAGAWA);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.problemType()).endsWith("/not-found");
    }

    @Test
    void theFourPlansOfThePressReleaseAreAccepted() {
        for (String code : new String[] {TestTokens.SHINAGAWA, TestTokens.EDOGAWA, TestTokens.HACHIOJI,
                TestTokens.MITAKA}) {
            Response created = post("/api/plans", TestTokens.municipality(code), referencePlan(code));
            assertThat(created.status()).as("%s: %s", code, created.body()).isEqualTo(201);
            assertThat(submit(created.body().get("id").asString(), TestTokens.municipality(code)).status())
                    .isEqualTo(200);
        }
    }
}
