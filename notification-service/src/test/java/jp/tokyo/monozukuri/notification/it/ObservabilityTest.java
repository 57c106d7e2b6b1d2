package jp.tokyo.monozukuri.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.ReviewStarted;
import jp.tokyo.monozukuri.infrastructure.events.EventJson;
import jp.tokyo.monozukuri.infrastructure.metrics.StoreGauges;
import jp.tokyo.monozukuri.infrastructure.outbox.EventHeaders;
import jp.tokyo.monozukuri.notification.persistence.NoticeDocument;
import jp.tokyo.monozukuri.testsupport.ExportedMetrics;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.PrometheusScrape;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/**
 * What operators see of notification-service: the trace of an event on its notices and on the log line of the SMTP
 * send, the notices by state, the delivery time and the failures, and the audit of a plan.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTest extends NotificationServiceIntegrationTest {

    /** Health and prometheus are served on the management port only. */
    @LocalManagementPort
    int managementPort;

    private static final String MITAKA = TestTokens.MITAKA;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() {
            };

    @Autowired
    StoreGauges storeGauges;

    @AfterEach
    void theRelayIsBack() {
        SMTP.start();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTraceOfTheEventIsKeptOnItsNoticeAndRunsOnToTheSmtpSend(CapturedOutput output) {
        // given 三鷹市's recipient, and approval-service's review.started sent in trace T
        recipientsOf(MITAKA, "sangyo-trace@city.mitaka.example.jp");
        String traceId = "70a570a570a570a570a570a570a570a5";
        EventEnvelope<ReviewStarted> started = reviewStarted("plan-mitaka-traced");

        // when
        publishInTrace(started, traceId);

        // then the notice is sent, and its record and API carry trace T
        String eventId = started.eventId().toString();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(noticesOf(eventId)).singleElement()
                .satisfies(notice -> assertThat(notice.status()).isEqualTo("SENT")));
        NoticeDocument notice = noticesOf(eventId).get(0);
        assertThat(notice.traceparent()).startsWith("00-" + traceId + "-");
        Map<?, ?> shown = http().get().uri("/api/notifications/{id}", notice.id())
                .header("Authorization", TestTokens.municipality(MITAKA)).retrieve().body(Map.class);
        assertThat(shown.get("traceId")).isEqualTo(traceId);
        // and so do the consumer's line and the line of the SMTP send
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(linesWith(output, "review.started " + eventId + " handled")).singleElement().asString()
                    .contains(traceId, "aggregate=plan-mitaka-traced", "municipality=" + MITAKA);
            assertThat(linesWith(output, "notice " + notice.id() + " (review.started) sent")).singleElement()
                    .asString().contains(traceId);
        });
        // and the plan's audit shows the event consumed under it
        await().atMost(PATIENCE).untilAsserted(() -> {
            Map<String, Object> audit = http().get().uri("/api/audit/plans/{id}", "plan-mitaka-traced")
                    .header("Authorization", TestTokens.reviewer("tokyo-reviewer-sato")).retrieve().body(JSON_OBJECT);
            List<Map<String, Object>> events = (List<Map<String, Object>>) audit.get("events");
            assertThat(events).singleElement().satisfies(event -> assertThat(event)
                    .containsEntry("direction", "consumed").containsEntry("eventType", EventTypes.REVIEW_STARTED)
                    .containsEntry("outcome", "handled").containsEntry("traceId", traceId));
        });
    }

    @Test
    void noticesByStateTheDeliveryTimeAndTheFailuresWhileTheRelayIsDownMove() {
        // given
        recipientsOf(MITAKA, "sangyo-metrics@city.mitaka.example.jp");
        storeGauges.sample();
        PrometheusScrape before = scrape();
        Map<String, String> unavailable = Map.of("reason", "smtp-unavailable");

        // when a notice is due while the relay is down
        SMTP.stop();
        EventEnvelope<ReviewStarted> started = reviewStarted("plan-mitaka-metrics");
        publishInTrace(started, "5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e");

        // then the failed attempts are counted and the notice waits
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(scrape().sum("notices_send_failures_total", unavailable))
                .isGreaterThan(before.sum("notices_send_failures_total", unavailable)));
        storeGauges.sample();
        assertThat(scrape().sum("notices", Map.of("status", "PENDING"))).isGreaterThanOrEqualTo(1);

        // when the relay is back, then the notice is sent and its delivery is timed
        SMTP.start();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(noticesOf(started.eventId().toString()))
                .singleElement().satisfies(notice -> assertThat(notice.status()).isEqualTo("SENT")));
        storeGauges.sample();
        PrometheusScrape after = scrape();
        assertThat(after.sum("notices", Map.of("status", "SENT")))
                .isGreaterThan(before.sum("notices", Map.of("status", "SENT")));
        assertThat(after.sum("notices_delivery_seconds_count", Map.of()))
                .isGreaterThan(before.sum("notices_delivery_seconds_count", Map.of()));
        assertThat(after.samples("notices")).extracting(sample -> sample.labels().get("status"))
                .containsExactlyInAnyOrder("PENDING", "SENT", "FAILED");
    }

    @Test
    void everyMetricTheDashboardAndTheAlertsQueryOfNotificationServiceIsExported() {
        // given a notice sent: the service has consumed, sent and served requests
        recipientsOf(MITAKA, "sangyo-exported@city.mitaka.example.jp");
        EventEnvelope<ReviewStarted> started = reviewStarted("plan-mitaka-exported");
        publishInTrace(started, "e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(noticesOf(started.eventId().toString()))
                .singleElement().satisfies(notice -> assertThat(notice.status()).isEqualTo("SENT")));

        // then
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(scrape().names()).containsAll(ExportedMetrics.of("notification-service")));
    }

    private static EventEnvelope<ReviewStarted> reviewStarted(String planId) {
        OffsetDateTime at = OffsetDateTime.parse("2014-02-10T09:00:00+09:00");
        return EventEnvelope.create(EventTypes.REVIEW_STARTED, at, "approval-service", planId, MITAKA, null,
                new ReviewStarted("review-of-" + planId, planId, 1, "三鷹市ものづくり産業基盤強化計画(例示)",
                        "tokyo-reviewer-sato", at));
    }

    /** Publishes as approval-service does, the record carrying the W3C trace context of trace {@code traceId}. */
    private static void publishInTrace(EventEnvelope<?> event, String traceId) {
        KafkaTopics.send(topicOf(event.eventType()), event.aggregateId(),
                EventJson.write(event).getBytes(StandardCharsets.UTF_8),
                Map.of(EventHeaders.TRACEPARENT, "00-" + traceId + "-5555555555555555-01"));
    }

    private static List<String> linesWith(CapturedOutput output, String text) {
        return output.getOut().lines().filter(line -> line.contains(text)).toList();
    }

    private PrometheusScrape scrape() {
        return PrometheusScrape.of(RestClient.create("http://localhost:" + managementPort).get()
                .uri("/actuator/prometheus").retrieve().body(String.class));
    }
}
