package jp.tokyo.monozukuri.approval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.approval.ApprovalServiceIntegrationTest;
import jp.tokyo.monozukuri.approval.application.ApproverDecisions;
import jp.tokyo.monozukuri.approval.application.ReviewerActions;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** The approval-round API: composing from approved reviews only, each review once, publishing once. */
class ApprovalRoundApiTest extends ApprovalServiceIntegrationTest {

    private static final String SUZUKI = TestTokens.approver("tokyo-approver-suzuki");

    @Autowired
    ReviewerActions reviewer;

    @Autowired
    ApproverDecisions decisions;

    @BeforeEach
    void fiscalYear2017() {
        clock.set(OffsetDateTime.parse("2017-06-15T10:00:00+09:00"));
    }

    @Test
    void aRoundIsPublishedOnceAndPublishingItAgainIsAConflict() {
        // given
        List<String> approved = List.of(approved("round-a"), approved("round-b"));
        ResponseEntity<Map<String, Object>> composed = compose("2017-06-16", approved, SUZUKI);
        String roundId = (String) composed.getBody().get("id");

        // when
        ResponseEntity<Map<String, Object>> first = publish(roundId);
        ResponseEntity<Map<String, Object>> second = publish(roundId);

        // then
        assertThat(composed.getStatusCode().value()).isEqualTo(201);
        assertThat(composed.getHeaders().getLocation()).hasToString("/api/approval-rounds/" + roundId);
        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getBody().get("status")).isEqualTo("PUBLISHED");
        assertThat(object(first.getBody().get("issuer"))).containsEntry("bureau", "産業労働局")
                .containsEntry("section", "商工部地域産業振興課").containsEntry("contactPhone", "03-5320-4748");
        assertThat(objects(first.getBody().get("plans"))).extracting(p -> p.get("reviewId"), p -> p.get("planPeriod"))
                .containsExactly(tuple(approved.get(0), "平成26~28年度"),
                        tuple(approved.get(1), "平成26~28年度"));
        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(second.getBody().get("type")).asString().endsWith("/problems/round-already-published");
        assertThat(get("/api/reviews/" + approved.get(0)).get("roundId")).isEqualTo(roundId);
    }

    @Test
    void anApprovedReviewBelongsToAtMostOneRound() {
        // given
        String review = approved("only-once");
        compose("2017-06-16", List.of(review), SUZUKI);

        // when
        ResponseEntity<Map<String, Object>> again = compose("2017-06-20", List.of(approved("other"), review), SUZUKI);

        // then
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody().get("type")).asString().endsWith("/problems/review-already-in-round");
        assertThat(again.getBody().get("reviewId")).isEqualTo(review);
    }

    @Test
    void onlyApprovedReviewsCanBeAnnounced() {
        // given
        String pending = submitted(planOf(SHINAGAWA, newPlanId("not-approved"), 1));

        // when
        ResponseEntity<Map<String, Object>> response = compose("2017-06-16", List.of(pending), SUZUKI);

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().get("type")).asString().endsWith("/problems/review-not-approved");
        assertThat(response.getBody().get("reviewStatus")).isEqualTo("PENDING");
    }

    @Test
    void anUnknownReviewOrAMissingDateIsBadInputNamingTheField() {
        // given
        String review = approved("bad-input");

        // when
        ResponseEntity<Map<String, Object>> unknown = compose("2017-06-16", List.of(review, "no-such-review"), SUZUKI);
        ResponseEntity<Map<String, Object>> noDate = http().post().uri("/api/approval-rounds")
                .header(HttpHeaders.AUTHORIZATION, SUZUKI).body(Map.of("reviewIds", List.of(review)))
                .retrieve().toEntity(JSON);
        ResponseEntity<Map<String, Object>> beforeDecision = compose("2017-06-14", List.of(review), SUZUKI);

        // then
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(objects(unknown.getBody().get("errors"))).extracting(e -> e.get("field"))
                .containsExactly("reviewIds[1]");
        assertThat(noDate.getStatusCode().value()).isEqualTo(400);
        assertThat(objects(noDate.getBody().get("errors"))).extracting(e -> e.get("field"))
                .containsExactly("announcementDate");
        assertThat(beforeDecision.getStatusCode().value()).isEqualTo(400);
        assertThat(objects(beforeDecision.getBody().get("errors"))).extracting(e -> e.get("field"))
                .containsExactly("announcementDate");
    }

    @Test
    void anAnnouncementDateInThePastOrMoreThanAYearAheadIsBadInputNamingTheFieldAndNothingIsComposed() {
        // given: it is 2017-06-15
        String review = approved("window");

        // when
        ResponseEntity<Map<String, Object>> yesterday = compose("2017-06-14", List.of(review), SUZUKI);
        ResponseEntity<Map<String, Object>> farAhead = compose("2999-12-31", List.of(review), SUZUKI);
        ResponseEntity<Map<String, Object>> dayAfterAYear = compose("2018-06-16", List.of(review), SUZUKI);
        ResponseEntity<Map<String, Object>> beyondIso = compose("+999999999-12-31", List.of(review), SUZUKI);
        ResponseEntity<Map<String, Object>> aYearAhead = compose("2018-06-15", List.of(review), SUZUKI);

        // then
        for (ResponseEntity<Map<String, Object>> refused : List.of(yesterday, farAhead, dayAfterAYear, beyondIso)) {
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat(objects(refused.getBody().get("errors"))).extracting(e -> e.get("field"))
                    .containsExactly("announcementDate");
        }
        // beyond any plausible date the shared date window refuses it first (validation); within it, the program's
        // one-year lead is the rule that names itself
        assertThat(dayAfterAYear.getBody().get("type")).asString().endsWith("/problems/announcement-date-out-of-range");
        assertThat(yesterday.getBody().get("type")).asString().endsWith("/problems/announcement-date-out-of-range");
        assertThat(aYearAhead.getStatusCode().value()).as("the last day of the window").isEqualTo(201);
    }

    @Test
    void aRoundWhoseDateHasPassedWhenItIsPublishedIsRefusedAndStaysADraft() {
        // given: composed on 2017-06-15 for 2017-06-16
        String roundId = (String) compose("2017-06-16", List.of(approved("late")), SUZUKI).getBody().get("id");
        clock.set(OffsetDateTime.parse("2017-06-17T09:00:00+09:00"));

        // when
        ResponseEntity<Map<String, Object>> late = publish(roundId);

        // then
        assertThat(late.getStatusCode().value()).isEqualTo(400);
        assertThat(objects(late.getBody().get("errors"))).extracting(e -> e.get("field"))
                .containsExactly("announcementDate");
        assertThat(get("/api/approval-rounds/" + roundId).get("status")).isEqualTo("DRAFT");
    }

    @Test
    void roundsAreTokyosBusinessAndOnlyApproversComposeThem() {
        // given
        String review = approved("rights");

        // when / then
        assertThat(compose("2017-06-16", List.of(review), TestTokens.reviewer("tokyo-reviewer-sato"))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(compose("2017-06-16", List.of(review), TestTokens.municipality(TestTokens.SHINAGAWA))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(http().get().uri("/api/approval-rounds").header(HttpHeaders.AUTHORIZATION,
                TestTokens.municipality(TestTokens.SHINAGAWA)).retrieve().toEntity(JSON).getStatusCode().value())
                .isEqualTo(403);
        assertThat(http().get().uri("/api/approval-rounds").header(HttpHeaders.AUTHORIZATION,
                TestTokens.reviewer("tokyo-reviewer-sato")).retrieve().toEntity(JSON).getStatusCode().value())
                .isEqualTo(200);
    }

    private String approved(String name) {
        String reviewId = submitted(planOf(SHINAGAWA, newPlanId(name), 1));
        reviewer.start(reviewId, "tokyo-reviewer-sato");
        reviewer.recommend(reviewId, "tokyo-reviewer-sato", null);
        decisions.approve(reviewId, "tokyo-approver-suzuki");
        return reviewId;
    }

    private ResponseEntity<Map<String, Object>> compose(String date, List<String> reviewIds, String token) {
        return http().post().uri("/api/approval-rounds").header(HttpHeaders.AUTHORIZATION, token)
                .body(Map.of("announcementDate", date, "reviewIds", reviewIds)).retrieve().toEntity(JSON);
    }

    private ResponseEntity<Map<String, Object>> publish(String roundId) {
        return http().post().uri("/api/approval-rounds/" + roundId + "/publish")
                .header(HttpHeaders.AUTHORIZATION, SUZUKI).retrieve().toEntity(JSON);
    }

    private Map<String, Object> get(String path) {
        return http().get().uri(path).header(HttpHeaders.AUTHORIZATION, SUZUKI).retrieve().body(JSON);
    }
}
