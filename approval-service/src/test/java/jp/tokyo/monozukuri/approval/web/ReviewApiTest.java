package jp.tokyo.monozukuri.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.approval.ApprovalServiceIntegrationTest;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** The review API: who may do what, what a municipality may see, and how rule violations are answered. */
class ReviewApiTest extends ApprovalServiceIntegrationTest {

    private static final String SATO = TestTokens.reviewer("tokyo-reviewer-sato");
    private static final String TANAKA = TestTokens.reviewer("tokyo-reviewer-tanaka");
    private static final String SUZUKI = TestTokens.approver("tokyo-approver-suzuki");
    private static final String SHINAGAWA_STAFF = TestTokens.municipality(TestTokens.SHINAGAWA);
    private static final String MITAKA_STAFF = TestTokens.municipality(TestTokens.MITAKA);

    private String reviewId;

    @BeforeEach
    void aSubmittedPlanOfShinagawa() {
        clock.set(OffsetDateTime.parse("2015-06-10T10:00:00+09:00")); // FY2015 is this class's fiscal year
        reviewId = submitted(planOf(SHINAGAWA, newPlanId("shinagawa"), 1));
    }

    @Test
    void aReviewerTakesUpCommentsAndRecommendsAndAnotherPersonApprovesWithANumber() {
        // when
        Map<String, Object> started = post("/api/reviews/" + reviewId + "/start", SATO, null);
        ResponseEntity<Map<String, Object>> comment = http().post().uri("/api/reviews/" + reviewId + "/comments")
                .header(HttpHeaders.AUTHORIZATION, SATO)
                .body(Map.of("text", "施策3の施設開設時期と事業費の関係を確認。", "measureNumber", 3))
                .retrieve().toEntity(JSON);
        post("/api/reviews/" + reviewId + "/recommend", SATO, Map.of("note", "計画内容は妥当"));
        Map<String, Object> approved = post("/api/reviews/" + reviewId + "/approve", SUZUKI, null);

        // then
        assertThat(started.get("status")).isEqualTo("IN_REVIEW");
        assertThat(started.get("reviewer")).isEqualTo("tokyo-reviewer-sato");
        assertThat(comment.getStatusCode().value()).isEqualTo(201);
        assertThat(comment.getBody()).containsEntry("author", "tokyo-reviewer-sato").containsEntry("measureNumber", 3);
        assertThat(approved.get("status")).isEqualTo("APPROVED");
        Map<String, Object> decision = object(approved.get("decision"));
        assertThat(decision.get("kind")).isEqualTo("APPROVAL");
        assertThat((String) decision.get("documentNumber")).matches("27産労商地第\\d+号");
        assertThat(decision.get("decisionDate")).isEqualTo("2015-06-10");
        assertThat(decision.get("decidedBy")).isEqualTo("tokyo-approver-suzuki");
        assertThat(objects(approved.get("activities"))).extracting(a -> a.get("action"))
                .containsExactly("RECEIVE", "START", "COMMENT", "RECOMMEND", "APPROVE");
    }

    @Test
    void theRecommenderCannotApproveTheirOwnRecommendation() {
        // given: an administrator, allowed everything, recommends
        String admin = TestTokens.admin();
        post("/api/reviews/" + reviewId + "/start", admin, null);
        post("/api/reviews/" + reviewId + "/recommend", admin, null);

        // when
        ResponseEntity<Map<String, Object>> response = action("approve", admin, null);

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().get("type")).asString().endsWith("/problems/four-eyes");
        assertThat(get(reviewId, admin).get("status")).isEqualTo("RECOMMENDED");
        assertThat(get(reviewId, admin).get("pendingDecision")).isNull();
    }

    @Test
    void approvingAReviewThatIsStillInReviewIsAConflictNamingItsState() {
        // given
        post("/api/reviews/" + reviewId + "/start", SATO, null);

        // when
        ResponseEntity<Map<String, Object>> response = action("approve", SUZUKI, null);

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().get("type")).asString().endsWith("/problems/illegal-review-transition");
        assertThat(response.getBody().get("reviewStatus")).isEqualTo("IN_REVIEW");
        assertThat(response.getBody().get("detail")).asString().contains("IN_REVIEW");
    }

    @Test
    void startingAReviewTwiceIsAConflict() {
        // given
        post("/api/reviews/" + reviewId + "/start", SATO, null);

        // when
        ResponseEntity<Map<String, Object>> response = action("start", TANAKA, null);

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().get("reviewStatus")).isEqualTo("IN_REVIEW");
    }

    @Test
    void returningWithReasonsIsWhatTheMunicipalityReadsButNeverTheInternalComments() {
        // given
        post("/api/reviews/" + reviewId + "/start", SATO, null);
        post("/api/reviews/" + reviewId + "/comments", SATO, Map.of("text", "内部メモ: 事業費の根拠が弱い"));
        post("/api/reviews/" + reviewId + "/return", SATO,
                Map.of("reasons", reasons("各事業の年度別事業費を記載してください。")));

        // when
        Map<String, Object> seenByShinagawa = get(reviewId, SHINAGAWA_STAFF);

        // then
        assertThat(seenByShinagawa.get("status")).isEqualTo("RETURNED");
        assertThat(seenByShinagawa.get("returnReasons")).isEqualTo(List.of("各事業の年度別事業費を記載してください。"));
        assertThat(seenByShinagawa).doesNotContainKeys("comments", "reviewer", "recommendation", "activities", "plan");
        assertThat(seenByShinagawa.toString()).doesNotContain("内部メモ").doesNotContain("tokyo-reviewer-sato");
    }

    @Test
    void aMunicipalityCannotSeeAnotherMunicipalitysReviewNotEvenThatItExists() {
        // when
        ResponseEntity<Map<String, Object>> response = http().get().uri("/api/reviews/" + reviewId)
                .header(HttpHeaders.AUTHORIZATION, MITAKA_STAFF).retrieve().toEntity(JSON);
        ResponseEntity<Map<String, Object>> unknown = http().get().uri("/api/reviews/no-such-review")
                .header(HttpHeaders.AUTHORIZATION, MITAKA_STAFF).retrieve().toEntity(JSON);

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody().get("type")).isEqualTo(unknown.getBody().get("type"));
    }

    @Test
    void aMunicipalityListsOnlyItsOwnReviewsWhateverItFiltersBy() {
        // given
        String mitakasReview = submitted(planOf(SHINAGAWA, newPlanId("mitaka"), 1, "132047", "三鷹市"));

        // when
        Map<String, Object> page = http().get().uri("/api/reviews?municipalityCode=132047&size=100")
                .header(HttpHeaders.AUTHORIZATION, SHINAGAWA_STAFF).retrieve().body(JSON);

        // then
        List<Map<String, Object>> items = objects(page.get("items"));
        assertThat(items).isNotEmpty();
        assertThat(items).allSatisfy(item -> assertThat(item.keySet())
                .doesNotContain("comments", "reviewer", "municipalityCode"));
        assertThat(items).extracting(item -> item.get("id")).contains(reviewId)
                .doesNotContain(mitakasReview);
    }

    @Test
    void tokyoStaffFilterTheListByStatusAndMunicipality() {
        // given
        post("/api/reviews/" + reviewId + "/start", SATO, null);

        // when
        Map<String, Object> page = http().get().uri("/api/reviews?status=IN_REVIEW&municipalityCode=131091&size=100")
                .header(HttpHeaders.AUTHORIZATION, SUZUKI).retrieve().body(JSON);

        // then
        List<Map<String, Object>> items = objects(page.get("items"));
        assertThat(items).extracting(item -> item.get("id")).contains(reviewId);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.get("status")).isEqualTo("IN_REVIEW");
            assertThat(item.get("municipalityCode")).isEqualTo("131091");
        });
        assertThat(((Number) page.get("totalItems")).longValue()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aMunicipalityMayNotActOnReviewsAndStaffOnlyInTheirRoles() {
        assertThat(action("start", SHINAGAWA_STAFF, null).getStatusCode().value()).isEqualTo(403);
        assertThat(action("start", SUZUKI, null).getStatusCode().value()).isEqualTo(403);
        post("/api/reviews/" + reviewId + "/start", SATO, null);
        post("/api/reviews/" + reviewId + "/recommend", SATO, null);
        assertThat(action("approve", TANAKA, null).getStatusCode().value()).isEqualTo(403);
        assertThat(action("approve", SHINAGAWA_STAFF, null).getStatusCode().value()).isEqualTo(403);
        assertThat(get(reviewId, SUZUKI).get("status")).isEqualTo("RECOMMENDED");
    }

    @Test
    void theApiIsDocumentedForEveryoneWithoutAToken() {
        ResponseEntity<String> docs = http().get().uri("/v3/api-docs").retrieve().toEntity(String.class);

        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        assertThat(docs.getBody()).contains("/api/reviews/{id}/approve", "/api/plans/{planId}/reviews",
                "/api/approval-rounds/{id}/publish");
    }

    @Test
    void everyEndpointNeedsAToken() {
        ResponseEntity<Map<String, Object>> response = http().get().uri("/api/reviews/" + reviewId).retrieve().toEntity(JSON);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void aReturnWithoutReasonsIsBadInputNamingTheField() {
        // given
        post("/api/reviews/" + reviewId + "/start", SATO, null);

        // when
        ResponseEntity<Map<String, Object>> empty = action("return", SATO, Map.of("reasons", List.of()));
        ResponseEntity<Map<String, Object>> blank = action("return", SATO, Map.of("reasons", List.of(" ")));

        // then
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(empty)).contains("reasons");
        assertThat(blank.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(blank)).anyMatch(field -> field.startsWith("reasons"));
        assertThat(get(reviewId, SATO).get("status")).isEqualTo("IN_REVIEW");
    }

    @Test
    void aCommentAboutAMeasureThePlanDoesNotHaveIsBadInputNamingTheField() {
        // given
        post("/api/reviews/" + reviewId + "/start", SATO, null);

        // when
        ResponseEntity<Map<String, Object>> response = action("comments", SATO, Map.of("text", "施策9について", "measureNumber", 9));

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("measureNumber");
    }

    @Test
    void aRejectionNeedsReasonsAndTellsThemToTheMunicipality() {
        // given
        post("/api/reviews/" + reviewId + "/start", SATO, null);
        post("/api/reviews/" + reviewId + "/recommend", SATO, null);

        // when
        ResponseEntity<Map<String, Object>> withoutReasons = action("reject", SUZUKI, Map.of());
        post("/api/reviews/" + reviewId + "/reject", SUZUKI, Map.of("reasons", reasons("施策が集積強化につながっていません。")));

        // then
        assertThat(withoutReasons.getStatusCode().value()).isEqualTo(400);
        Map<String, Object> decision = object(get(reviewId, SHINAGAWA_STAFF).get("decision"));
        assertThat(decision.get("kind")).isEqualTo("REJECTION");
        assertThat(decision.get("reasons")).isEqualTo(List.of("施策が集積強化につながっていません。"));
        assertThat((String) decision.get("documentNumber")).matches("27産労商地第\\d+号");
    }

    @Test
    void anUnknownStatusOrAnOversizedPageIsBadInputNamingTheParameter() {
        ResponseEntity<Map<String, Object>> unknownStatus = http().get().uri("/api/reviews?status=DONE")
                .header(HttpHeaders.AUTHORIZATION, SATO).retrieve().toEntity(JSON);
        ResponseEntity<Map<String, Object>> oversized = http().get().uri("/api/reviews?size=1000")
                .header(HttpHeaders.AUTHORIZATION, SATO).retrieve().toEntity(JSON);

        assertThat(unknownStatus.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(unknownStatus)).containsExactly("status");
        assertThat(oversized.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(oversized)).containsExactly("size");
    }

    @Test
    void theChainOfAPlanReadsItsReviewsInOrderAfterAResubmission() {
        // given
        String planId = newPlanId("shinagawa");
        PlanRevision first = planOf(SHINAGAWA, planId, 1);
        String firstReview = submitted(first);
        post("/api/reviews/" + firstReview + "/start", SATO, null);
        post("/api/reviews/" + firstReview + "/return", SATO, Map.of("reasons", reasons("事業費を記載してください。")));
        String secondReview = submitted(planOf(SHINAGAWA, planId, 2));

        // when
        List<Map<String, Object>> chain = http().get().uri("/api/plans/" + planId + "/reviews")
                .header(HttpHeaders.AUTHORIZATION, SHINAGAWA_STAFF).retrieve().body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
                });
        ResponseEntity<Map<String, Object>> otherMunicipality = http().get().uri("/api/plans/" + planId + "/reviews")
                .header(HttpHeaders.AUTHORIZATION, MITAKA_STAFF).retrieve().toEntity(JSON);

        // then
        assertThat(chain).extracting(r -> r.get("id")).containsExactly(firstReview, secondReview);
        assertThat(chain).extracting(r -> r.get("status")).containsExactly("RETURNED", "PENDING");
        assertThat(get(secondReview, SATO).get("previousReviewId")).isEqualTo(firstReview);
        assertThat(otherMunicipality.getStatusCode().value()).isEqualTo(404);
    }

    private ResponseEntity<Map<String, Object>> action(String action, String token, Object body) {
        return http().post().uri("/api/reviews/" + reviewId + "/" + action).header(HttpHeaders.AUTHORIZATION, token)
                .body(body == null ? Map.of() : body).retrieve().toEntity(JSON);
    }

    private Map<String, Object> get(String id, String token) {
        return http().get().uri("/api/reviews/" + id).header(HttpHeaders.AUTHORIZATION, token).retrieve()
                .body(JSON);
    }

    private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
        List<Map<String, Object>> errors = objects(response.getBody().get("errors"));
        return errors == null ? List.of() : errors.stream().map(e -> (String) e.get("field")).toList();
    }
}
