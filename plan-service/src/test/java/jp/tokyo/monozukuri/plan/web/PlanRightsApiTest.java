package jp.tokyo.monozukuri.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tokyo.monozukuri.infrastructure.security.Role;
import jp.tokyo.monozukuri.plan.PlanServiceIntegrationTest;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A municipality creates, edits, submits, withdraws and reads only its own plans; another municipality's
 * plan does not exist for it. Tokyo's reviewers, approvers and admins read every plan and edit none.
 */
class PlanRightsApiTest extends PlanServiceIntegrationTest {

    private static final String SHINAGAWA = TestTokens.municipality(TestTokens.SHINAGAWA);
    private static final String EDOGAWA = TestTokens.municipality(TestTokens.EDOGAWA);

    private String shinagawasPlan;

    @BeforeEach
    void givenAPlanOfShinagawa() {
        shinagawasPlan = createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
    }

    @Test
    void anotherMunicipalityProbingThePlanFindsNothing() {
        String path = "/api/plans/" + shinagawasPlan;

        assertThat(get(path, EDOGAWA).status()).isEqualTo(404);
        assertThat(get(path + "/revisions", EDOGAWA).status()).isEqualTo(404);
        assertThat(get(path + "/revisions/1", EDOGAWA).status()).isEqualTo(404);
        assertThat(put(path, EDOGAWA, referencePlan(TestTokens.SHINAGAWA), "\"2\"").status()).isEqualTo(404);
        assertThat(submit(shinagawasPlan, EDOGAWA).status()).isEqualTo(404);
        assertThat(post(path + "/withdraw", EDOGAWA, null).status()).isEqualTo(404);
        // and the answer looks the same as for a plan that does not exist at all
        Response probe = get(path, EDOGAWA);
        Response absent = get("/api/plans/no-such-plan", EDOGAWA);
        assertThat(probe.problemType()).isEqualTo(absent.problemType());
        assertThat(probe.body().get("title")).isEqualTo(absent.body().get("title"));
        assertThat(get(path, SHINAGAWA).body().get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void aMunicipalityCannotCreateAPlanForAnother() {
        Response created = post("/api/plans", EDOGAWA, referencePlan(TestTokens.SHINAGAWA));

        assertThat(created.status()).isEqualTo(403);
        assertThat(created.problemType()).endsWith("/not-own-municipality");
    }

    @Test
    void tokyoStaffReadEveryPlan() {
        for (String staff : new String[] {TestTokens.reviewer("tokyo-reviewer-sato"),
                TestTokens.approver("tokyo-approver-suzuki"), TestTokens.admin()}) {
            assertThat(get("/api/plans/" + shinagawasPlan, staff).status()).isEqualTo(200);
            assertThat(get("/api/plans/" + shinagawasPlan + "/revisions/1", staff).status()).isEqualTo(200);
            assertThat(get("/api/plans", staff).body().get("totalItems").asLong()).isEqualTo(1);
        }
    }

    @Test
    void tokyoStaffEditNothing() {
        for (String staff : new String[] {TestTokens.reviewer("tokyo-reviewer-sato"),
                TestTokens.approver("tokyo-approver-suzuki"), TestTokens.admin()}) {
            assertThat(post("/api/plans", staff, referencePlan(TestTokens.SHINAGAWA)).status()).isEqualTo(403);
            assertThat(put("/api/plans/" + shinagawasPlan, staff, referencePlan(TestTokens.SHINAGAWA), "\"2\"")
                    .status()).isEqualTo(403);
            assertThat(submit(shinagawasPlan, staff).status()).isEqualTo(403);
            assertThat(post("/api/plans/" + shinagawasPlan + "/withdraw", staff, null).status()).isEqualTo(403);
        }
        assertThat(get("/api/plans/" + shinagawasPlan, SHINAGAWA).body().get("status").asString())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aTokenThatIsBothTheMunicipalityAndTokyoStaffWritesNoPlan() {
        for (Role staffRole : new Role[] {Role.REVIEWER, Role.APPROVER, Role.ADMIN}) {
            String mixed = TestTokens.of("staff-131091", TestTokens.SHINAGAWA, Role.MUNICIPALITY, staffRole);
            assertThat(post("/api/plans", mixed, referencePlan(TestTokens.SHINAGAWA)).status()).isEqualTo(403);
            assertThat(put("/api/plans/" + shinagawasPlan, mixed, referencePlan(TestTokens.SHINAGAWA), "\"2\"")
                    .status()).isEqualTo(403);
            assertThat(submit(shinagawasPlan, mixed).status()).isEqualTo(403);
            assertThat(post("/api/plans/" + shinagawasPlan + "/withdraw", mixed, null).status()).isEqualTo(403);
        }
        assertThat(get("/api/plans/" + shinagawasPlan, SHINAGAWA).body().get("status").asString())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void withoutAValidTokenNothingIsAnswered() {
        assertThat(get("/api/plans/" + shinagawasPlan, null).status()).isEqualTo(401);
        assertThat(get("/api/plans", TestTokens.signedByStranger()).status()).isEqualTo(401);
        assertThat(get("/api/plans", TestTokens.expired()).status()).isEqualTo(401);
        assertThat(get("/api/municipalities", null).status()).isEqualTo(401);
        assertThat(post("/api/plans", null, referencePlan(TestTokens.SHINAGAWA)).status()).isEqualTo(401);
    }
}
