package jp.tokyo.monozukuri.plan;

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
import jp.tokyo.monozukuri.infrastructure.metrics.StoreGauges;
import jp.tokyo.monozukuri.infrastructure.outbox.EventHeaders;
import jp.tokyo.monozukuri.testsupport.ExportedMetrics;
import jp.tokyo.monozukuri.testsupport.Fixtures;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.PrometheusScrape;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What operators see of plan-service: its metrics, the trace of a submission, and the audit of a plan. */
class ObservabilityTest extends PlanServiceIntegrationTest {

    /** Health and prometheus are served on the management port only. */
    @LocalManagementPort
    int managementPort;

    private static final String SHINAGAWA = TestTokens.municipality(TestTokens.SHINAGAWA);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    StoreGauges storeGauges;

    @Test
    void aSubmissionAndItsApprovalMoveTheCountersAndThePlansByStatus() {
        // given
        PrometheusScrape before = scrape();
        String id = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        storeGauges.sample();
        assertThat(scrape().sum("plans", Map.of("status", "DRAFT"))).isEqualTo(1);

        // when the plan is submitted and approval-service approves it
        submit(id, SHINAGAWA);
        published(EventTypes.PLAN_SUBMITTED, id);
        KafkaTopics.send(Topics.APPROVAL_EVENTS, id, JSON.writeValueAsString(approvalEvent(EventTypes.PLAN_APPROVED, id)));
        await().atMost(PATIENCE).until(() -> get("/api/plans/" + id, SHINAGAWA).body().get("status").asString(),
                "APPROVED"::equals);

        // then
        storeGauges.sample();
        PrometheusScrape after = scrape();
        assertThat(after.sum("outbox_published_total", Map.of("eventType", EventTypes.PLAN_SUBMITTED)))
                .isGreaterThan(before.sum("outbox_published_total", Map.of("eventType", EventTypes.PLAN_SUBMITTED)));
        Map<String, String> approvalsHandled = Map.of("eventType", EventTypes.PLAN_APPROVED, "outcome", "handled");
        assertThat(after.sum("events_consumed_total", approvalsHandled))
                .isEqualTo(before.sum("events_consumed_total", approvalsHandled) + 1);
        assertThat(after.sum("plans", Map.of("status", "APPROVED"))).isEqualTo(1);
        assertThat(after.sum("plans", Map.of("status", "DRAFT"))).isZero();
        assertThat(after.samples("plans")).hasSize(7)
                .allSatisfy(sample -> assertThat(sample.labels()).containsEntry("application", "plan-service"));
        assertThat(after.sum("outbox_pending", Map.of("collection", "plans"))).isZero();
    }

    @Test
    void everyMetricTheDashboardAndTheAlertsQueryOfPlanServiceIsExported() {
        // given a plan submitted: the service has published and served requests
        String id = createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        published(EventTypes.PLAN_SUBMITTED, id);

        // then
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(scrape().names()).containsAll(ExportedMetrics.of("plan-service")));
    }

    @Test
    void theTraceOfTheSubmittingRequestTravelsWithPlanSubmittedAndTheAuditShowsBothDirections() {
        // given a plan, and a portal request that belongs to trace A
        String traceA = "a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0";
        String id = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));

        // when it submits the plan, and approval-service's plan.approved arrives in trace B
        Response submitted = call(HttpMethod.POST, "/api/plans/" + id + "/submit", SHINAGAWA, null,
                Map.of("traceparent", "00-" + traceA + "-1111111111111111-01"));
        ConsumerRecord<String, byte[]> record = published(EventTypes.PLAN_SUBMITTED, id);
        String traceB = "b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0";
        KafkaTopics.send(Topics.APPROVAL_EVENTS, id,
                JSON.writeValueAsString(approvalEvent(EventTypes.PLAN_APPROVED, id)).getBytes(StandardCharsets.UTF_8),
                Map.of(EventHeaders.TRACEPARENT, "00-" + traceB + "-2222222222222222-01"));

        // then the answer, the record and the event's correlation id name trace A
        assertThat(submitted.headers().getFirst("traceparent")).startsWith("00-" + traceA + "-");
        assertThat(KafkaTopics.header(record, EventHeaders.TRACEPARENT)).startsWith("00-" + traceA + "-");
        assertThat(JSON.readTree(KafkaTopics.text(record)).get("correlationId").asString()).isEqualTo(traceA);
        // and the plan's audit lists what plan-service published and consumed, each under its trace
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode audit = get("/api/audit/plans/" + id, SHINAGAWA).body();
            assertThat(audit.get("service").asString()).isEqualTo("plan-service");
            List<String> seen = new ArrayList<>();
            for (JsonNode event : audit.get("events")) {
                seen.add(event.get("direction").asString() + " " + event.get("eventType").asString() + " "
                        + event.get("outcome").asString() + " " + event.get("traceId").asString());
            }
            assertThat(seen).containsExactly(
                    "published plan.submitted published " + traceA,
                    "consumed plan.approved handled " + traceB);
        });
        assertThat(get("/api/audit/plans/" + id, TestTokens.municipality(TestTokens.MITAKA)).status()).isEqualTo(404);
    }

    private PrometheusScrape scrape() {
        return PrometheusScrape.of(RestClient.create("http://localhost:" + managementPort).get().uri("/actuator/prometheus")
                .retrieve().body(String.class));
    }

    /** approval-service's event about {@code planId}, revision 1, as its contract fixture has it. */
    private static ObjectNode approvalEvent(String type, String planId) {
        ObjectNode event = (ObjectNode) JSON.readTree(Fixtures.json(type));
        event.put("eventId", UUID.randomUUID().toString()).put("aggregateId", planId)
                .put("municipalityCode", TestTokens.SHINAGAWA);
        ((ObjectNode) event.get("payload")).put("planId", planId).put("revision", 1);
        return event;
    }

    private static ConsumerRecord<String, byte[]> published(String type, String planId) {
        List<ConsumerRecord<String, byte[]>> records = KafkaTopics.await(Topics.PLAN_EVENTS, 1,
                r -> planId.equals(r.key()) && type.equals(KafkaTopics.header(r, EventHeaders.EVENT_TYPE)), PATIENCE);
        assertThat(records).as("%s of %s", type, planId).hasSize(1);
        return records.get(0);
    }
}
