package jp.tokyo.monozukuri.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tokyo.monozukuri.approval.persistence.StoredReview;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.Topics;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.infrastructure.events.EventJson;
import jp.tokyo.monozukuri.infrastructure.metrics.StoreGauges;
import jp.tokyo.monozukuri.infrastructure.outbox.EventHeaders;
import jp.tokyo.monozukuri.testsupport.ExportedMetrics;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.PrometheusScrape;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * What operators see of approval-service: its metrics, and the audit of a plan reviewed and approved. FY2024 (令和6年度)
 * is this class's fiscal year.
 */
class ObservabilityTest extends ApprovalServiceIntegrationTest {

    /** Health and prometheus are served on the management port only. */
    @LocalManagementPort
    int managementPort;

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String SATO = TestTokens.reviewer("tokyo-reviewer-sato");
    private static final String SUZUKI = TestTokens.approver("tokyo-approver-suzuki");

    @Autowired
    StoreGauges storeGauges;

    @BeforeEach
    void inThisClassesFiscalYear() {
        clock.set(OffsetDateTime.parse("2024-06-03T10:00:00+09:00"));
    }

    @Test
    void aSubmissionReviewedAndApprovedMovesTheCountersTheReviewsAndTheDecisions() {
        // given
        storeGauges.sample();
        PrometheusScrape before = scrape();

        // when plan-service's plan.submitted arrives and the review goes through to approval
        PlanRevision plan = planOf(SHINAGAWA, newPlanId("shinagawa"), 1);
        String traceId = "c0ffee00c0ffee00c0ffee00c0ffee00";
        sendSubmission(plan, traceId);
        approve(awaitReview(plan));

        // then
        storeGauges.sample();
        PrometheusScrape after = scrape();
        Map<String, String> submissionsHandled = Map.of("eventType", EventTypes.PLAN_SUBMITTED, "outcome", "handled");
        assertThat(after.sum("events_consumed_total", submissionsHandled))
                .isEqualTo(before.sum("events_consumed_total", submissionsHandled) + 1);
        for (String published : List.of(EventTypes.REVIEW_STARTED, EventTypes.PLAN_APPROVED)) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                    scrape().sum("outbox_published_total", Map.of("eventType", published)))
                    .isGreaterThan(before.sum("outbox_published_total", Map.of("eventType", published))));
        }
        assertThat(after.sum("reviews", Map.of("status", "APPROVED")))
                .isGreaterThanOrEqualTo(before.sum("reviews", Map.of("status", "APPROVED")) + 1);
        assertThat(after.sum("approval_decisions", Map.of("kind", "APPROVAL")))
                .isGreaterThanOrEqualTo(before.sum("approval_decisions", Map.of("kind", "APPROVAL")) + 1);
        assertThat(after.samples("reviews")).hasSize(7);
        assertThat(after.samples("approval_decisions")).hasSize(2);

        // and the plan's audit shows the submission consumed under its trace, and what was published after it
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<Map<String, Object>> events = objects(audit(plan.planId()).get("events"));
            assertThat(events).extracting(event -> event.get("direction") + " " + event.get("eventType"))
                    .containsExactly("consumed plan.submitted", "published review.started", "published plan.approved");
            assertThat(events.get(0)).containsEntry("traceId", traceId).containsEntry("outcome", "handled");
        });
    }

    @Test
    void everyMetricTheDashboardAndTheAlertsQueryOfApprovalServiceIsExported() {
        // given a review started: the service has consumed, published and served requests
        PlanRevision plan = planOf(SHINAGAWA, newPlanId("shinagawa"), 1);
        sendSubmission(plan, "d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0");
        post("/api/reviews/" + awaitReview(plan) + "/start", SATO, null);

        // then
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(scrape().names()).containsAll(ExportedMetrics.of("approval-service")));
    }

    private void sendSubmission(PlanRevision plan, String traceId) {
        String json = EventJson.write(EventEnvelope.create(EventTypes.PLAN_SUBMITTED, OffsetDateTime.now(clock),
                "plan-service", plan.planId(), plan.municipalityCode(), traceId, new PlanSubmitted(plan)));
        KafkaTopics.send(Topics.PLAN_EVENTS, plan.planId(), json.getBytes(StandardCharsets.UTF_8),
                Map.of(EventHeaders.TRACEPARENT, "00-" + traceId + "-3333333333333333-01"));
    }

    private String awaitReview(PlanRevision plan) {
        return await().atMost(PATIENCE).until(() -> reviews.findByPlanRevision(plan.planId(), plan.revision()),
                Optional::isPresent).map(StoredReview::review).orElseThrow().id();
    }

    private void approve(String reviewId) {
        post("/api/reviews/" + reviewId + "/start", SATO, null);
        post("/api/reviews/" + reviewId + "/recommend", SATO, Map.of("note", "計画内容は妥当"));
        post("/api/reviews/" + reviewId + "/approve", SUZUKI, null);
    }

    private Map<String, Object> audit(String planId) {
        return http().get().uri("/api/audit/plans/{id}", planId).header(HttpHeaders.AUTHORIZATION, TestTokens.admin())
                .retrieve().body(JSON);
    }

    private PrometheusScrape scrape() {
        return PrometheusScrape.of(RestClient.create("http://localhost:" + managementPort).get()
                .uri("/actuator/prometheus").retrieve().body(String.class));
    }
}
