package jp.tokyo.monozukuri.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tokyo.monozukuri.approval.ApprovalServiceIntegrationTest;
import jp.tokyo.monozukuri.approval.persistence.StoredReview;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.infrastructure.security.Role;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * 職務の分離 over HTTP: the plan's authors never act on its review, only the assigned reviewer returns or recommends,
 * an ADMIN reassigns, and the approver is neither the recommender nor the assigned reviewer. FY2019 is this class's.
 */
class SeparationOfDutiesApiTest extends ApprovalServiceIntegrationTest {

    private static final String AUTHOR = "shinagawa-editor";
    private static final String SATO = TestTokens.reviewer("tokyo-reviewer-sato");
    private static final String TANAKA = TestTokens.reviewer("tokyo-reviewer-tanaka");
    private static final String SUZUKI = TestTokens.approver("tokyo-approver-suzuki");

    private String reviewId;

    @BeforeEach
    void aPlanWrittenByShinagawaEditorAndSubmittedByShinagawaPlanner() {
        clock.set(OffsetDateTime.parse("2019-06-10T10:00:00+09:00"));
        PlanRevision plan = planOf(SHINAGAWA, newPlanId("duties"), 1);
        intake.receive(EventEnvelope.create(EventTypes.PLAN_SUBMITTED, OffsetDateTime.now(clock), "plan-service",
                plan.planId(), plan.municipalityCode(), UUID.randomUUID().toString(),
                new PlanSubmitted(plan, List.of(AUTHOR))));
        reviewId = reviews.findByPlanRevision(plan.planId(), 1).map(StoredReview::review).orElseThrow().id();
    }

    @Test
    void aTokenOfTheAuthorWithAStaffRoleIsRefusedAtEveryStep() {
        // the author with a reviewer's role, and with the municipality's role mixed in
        String authorAsReviewer = TestTokens.reviewer(AUTHOR);
        String mixed = TestTokens.of("shinagawa-planner", TestTokens.SHINAGAWA, Role.MUNICIPALITY, Role.REVIEWER);

        assertSeparationOfDuties(action("start", authorAsReviewer, null), "author");
        // a token mixing the municipality with staff roles is refused before any rule of the review is consulted
        assertThat(action("start", mixed, null).getStatusCode().value()).isEqualTo(403);
        post("/api/reviews/" + reviewId + "/start", SATO, null);
        assertSeparationOfDuties(action("reviewer", TestTokens.admin(), Map.of("reviewer", AUTHOR)), "author");
        post("/api/reviews/" + reviewId + "/recommend", SATO, null);
        assertSeparationOfDuties(action("approve", TestTokens.approver(AUTHOR), null), "author");
        assertThat(get().get("status")).isEqualTo("RECOMMENDED");
        assertThat(get().get("pendingDecision")).isNull();
    }

    @Test
    void onlyTheAssignedReviewerRecommendsUntilAnAdminReassignsTheReview() {
        // given
        post("/api/reviews/" + reviewId + "/start", SATO, null);

        // when / then
        assertSeparationOfDuties(action("recommend", TANAKA, null), "assigned-reviewer");
        assertSeparationOfDuties(action("return", TANAKA, Map.of("reasons", List.of("不足"))), "assigned-reviewer");
        assertThat(action("reviewer", TANAKA, Map.of("reviewer", "tokyo-reviewer-tanaka")).getStatusCode().value())
                .as("only an ADMIN reassigns").isEqualTo(403);
        ResponseEntity<Map<String, Object>> reassigned = action("reviewer", TestTokens.admin(),
                Map.of("reviewer", "tokyo-reviewer-tanaka"));
        assertThat(reassigned.getStatusCode().value()).isEqualTo(200);
        assertThat(reassigned.getBody().get("reviewer")).isEqualTo("tokyo-reviewer-tanaka");
        assertSeparationOfDuties(action("recommend", SATO, null), "assigned-reviewer");
        assertThat(action("recommend", TANAKA, null).getStatusCode().value()).isEqualTo(200);
        assertThat(action("reviewer", TestTokens.admin(), Map.of("reviewer", "x")).getStatusCode().value())
                .as("a recommended review is no longer reassigned").isEqualTo(409);
        assertThat(action("reviewer", TestTokens.admin(), Map.of("reviewer", " ")).getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void theAssignedReviewerWithAnApproversRoleCannotApprove() {
        // given: an ADMIN takes the review up (assigned) and recommends; another ADMIN token of the same person
        String admin = TestTokens.of("tokyo-admin-kato", null, Role.ADMIN);
        post("/api/reviews/" + reviewId + "/start", admin, null);
        post("/api/reviews/" + reviewId + "/recommend", admin, null);

        // when / then: four eyes refuses the recommender; the approver who is neither approves
        assertThat(action("approve", admin, null).getStatusCode().value()).isEqualTo(409);
        assertThat(action("approve", SUZUKI, null).getStatusCode().value()).isEqualTo(200);
    }

    private void assertSeparationOfDuties(ResponseEntity<Map<String, Object>> response, String rule) {
        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getBody().get("type")).asString().endsWith("/problems/separation-of-duties");
        assertThat(response.getBody().get("rule")).isEqualTo(rule);
    }

    private ResponseEntity<Map<String, Object>> action(String action, String token, Object body) {
        return http().post().uri("/api/reviews/" + reviewId + "/" + action).header(HttpHeaders.AUTHORIZATION, token)
                .body(body == null ? Map.of() : body).retrieve().toEntity(JSON);
    }

    private Map<String, Object> get() {
        return http().get().uri("/api/reviews/" + reviewId).header(HttpHeaders.AUTHORIZATION, TestTokens.admin())
                .retrieve().body(JSON);
    }
}
