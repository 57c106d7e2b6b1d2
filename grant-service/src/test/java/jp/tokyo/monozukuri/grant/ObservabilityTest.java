package jp.tokyo.monozukuri.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.Topics;
import jp.tokyo.monozukuri.grant.domain.Grant;
import jp.tokyo.monozukuri.infrastructure.metrics.StoreGauges;
import jp.tokyo.monozukuri.infrastructure.outbox.EventHeaders;
import jp.tokyo.monozukuri.testsupport.ExportedMetrics;
import jp.tokyo.monozukuri.testsupport.Fixtures;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.PrometheusScrape;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What operators see of grant-service: the money per fiscal year, the years by status, and a plan's audit. */
class ObservabilityTest extends GrantServiceTest {

    /** Health and prometheus are served on the management port only. */
    @LocalManagementPort
    int managementPort;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String APPROVER = TestTokens.approver("tokyo-approver-suzuki");
    private static final String SHINAGAWA_STAFF = TestTokens.municipality(SHINAGAWA);

    @Autowired
    StoreGauges storeGauges;

    @Test
    void aGrantDecidedAndPaidInAdvanceShowsItsAmountsPerFiscalYearAndItsAuditUnderTheApprovalsTrace() {
        // given
        PrometheusScrape before = scrape();
        String planId = "plan-shinagawa-observed-" + UUID.randomUUID();
        String traceId = "9a9a9a9a9a9a9a9a9a9a9a9a9a9a9a9a";

        // when approval-service's plan.approved arrives, both budgets pass, and FY2014 is decided and paid in advance
        String grant = grantOpenedByApproval(planId, traceId);
        recordResolution(2014, "METROPOLITAN", null, "2014-03-27");
        recordResolution(2014, "MUNICIPAL", SHINAGAWA, "2014-03-18");
        step(grant, "application", SHINAGAWA_STAFF, """
                {"applicationDate": "2014-04-15", "eligibleCostYen": 40000000, "requestedAmountYen": 20000000,
                 "breakdown": [{"measureNumber": 1, "projectName": "成長産業参入等支援事業", "eligibleCostYen": 40000000}]}""");
        step(grant, "decision", APPROVER, "{\"decisionDate\": \"2014-05-15\", \"amountYen\": 20000000}");
        step(grant, "payments", APPROVER, "{\"paymentDate\": \"2014-06-02\", \"amountYen\": 5000000}");

        // then the amounts of FY2014 and the years by status, as sampled from the store
        storeGauges.sample();
        PrometheusScrape after = scrape();
        assertThat(after.sum("grant_amount_yen", Map.of("stage", "decided", "fiscalYear", "2014"))).isEqualTo(20_000_000);
        assertThat(after.sum("grant_amount_yen", Map.of("stage", "paid", "fiscalYear", "2014"))).isEqualTo(5_000_000);
        assertThat(after.sum("grant_amount_yen", Map.of("stage", "confirmed", "fiscalYear", "2014"))).isZero();
        assertThat(after.sum("grant_amount_yen", Map.of("stage", "decided", "fiscalYear", "2015"))).isZero();
        assertThat(after.sum("grant_years", Map.of("status", "DECIDED"))).isEqualTo(1);
        assertThat(after.sum("grant_years", Map.of("status", "SCHEDULED"))).isEqualTo(2);
        Map<String, String> approvals = Map.of("eventType", EventTypes.PLAN_APPROVED, "outcome", "handled");
        assertThat(after.sum("events_consumed_total", approvals))
                .isEqualTo(before.sum("events_consumed_total", approvals) + 1);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                scrape().sum("outbox_published_total", Map.of("eventType", EventTypes.GRANT_DECIDED)))
                .isGreaterThan(before.sum("outbox_published_total", Map.of("eventType", EventTypes.GRANT_DECIDED))));

        // and the plan's audit: the approval consumed under its trace, then what grant-service published
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode audit = http().get().uri("/api/audit/plans/{id}", planId)
                    .header("Authorization", SHINAGAWA_STAFF).retrieve().body(JsonNode.class);
            List<String> seen = new ArrayList<>();
            audit.get("events").forEach(event ->
                    seen.add(event.get("direction").asString() + " " + event.get("eventType").asString()));
            assertThat(seen).startsWith("consumed plan.approved", "published grant.opened")
                    .contains("published grant.year-opened", "published grant.decided", "published grant.paid");
            assertThat(audit.at("/events/0/traceId").asString()).isEqualTo(traceId);
        });
    }

    @Test
    void everyMetricTheDashboardAndTheAlertsQueryOfGrantServiceIsExported() {
        // given a grant opened by an approval: the service has consumed, published and served requests
        String grant = grantOpenedByApproval("plan-shinagawa-exported-" + UUID.randomUUID(),
                "8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b8b");
        http().get().uri("/api/grants/{id}", grant).header("Authorization", SHINAGAWA_STAFF).retrieve().toBodilessEntity();

        // then
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(scrape().names()).containsAll(ExportedMetrics.of("grant-service")));
    }

    /** Sends approval-service's plan.approved of the contract fixture for {@code planId}, in trace {@code traceId}. */
    private String grantOpenedByApproval(String planId, String traceId) {
        ObjectNode approval = (ObjectNode) JSON.readTree(Fixtures.json(EventTypes.PLAN_APPROVED));
        approval.put("eventId", UUID.randomUUID().toString()).put("aggregateId", planId);
        ((ObjectNode) approval.get("payload")).put("planId", planId);
        ((ObjectNode) approval.at("/payload/plan")).put("planId", planId);
        KafkaTopics.send(Topics.APPROVAL_EVENTS, planId, JSON.writeValueAsString(approval)
                .getBytes(StandardCharsets.UTF_8), Map.of(EventHeaders.TRACEPARENT, "00-" + traceId + "-4444444444444444-01"));
        String grant = Grant.idFor(planId);
        await().atMost(PATIENCE).until(() -> http().get().uri("/api/grants/{id}", grant)
                .header("Authorization", SHINAGAWA_STAFF).retrieve().toBodilessEntity().getStatusCode().value() == 200);
        return grant;
    }

    private void step(String grant, String step, String token, String body) {
        int status = http().post().uri("/api/grants/{id}/years/2014/{step}", grant, step).header("Authorization", token)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).body(body).retrieve().toBodilessEntity().getStatusCode().value();
        assertThat(status).as(step).isEqualTo(200);
    }

    private PrometheusScrape scrape() {
        return PrometheusScrape.of(RestClient.create("http://localhost:" + managementPort).get()
                .uri("/actuator/prometheus").retrieve().body(String.class));
    }
}
