package jp.tokyo.monozukuri.testsupport.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.infrastructure.outbox.EventHeaders;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@ExtendWith(OutputCaptureExtension.class)
class TraceAndAuditTest extends SampleServiceTest {

    /** 江戸川区: the caller of these tests. */
    private static final String EDOGAWA = TestTokens.EDOGAWA;

    @Test
    void theTraceOfTheRequestRunsThroughTheOutboxAndKafkaOntoTheConsumersLogLine(CapturedOutput output) {
        // given a request that belongs to a portal's trace
        String traceId = "5a1c0ffee0ddba11c0ffee0ddba11c0f";
        ResponseEntity<Map> response = recordEntry("00-" + traceId + "-00f067aa0ba902b7-01");
        String eventId = (String) response.getBody().get("eventId");

        // then the answer quotes the trace, the record carries it, and the consumer logs its handling under it
        assertThat(response.getHeaders().getFirst("traceparent")).startsWith("00-" + traceId + "-");
        var record = KafkaTopics.await("sample-events", 1,
                r -> eventId.equals(KafkaTopics.header(r, EventHeaders.EVENT_ID)), Duration.ofSeconds(30)).get(0);
        assertThat(KafkaTopics.header(record, EventHeaders.TRACEPARENT)).startsWith("00-" + traceId + "-");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains("sample.recorded " + eventId + " handled")))
                .singleElement().asString().contains(traceId, "aggregate=" + EDOGAWA, "municipality=" + EDOGAWA));
    }

    @Test
    void theAuditOfAnAggregateListsWhatWasPublishedAndConsumedWithTimesOutcomeAndTrace() {
        // given an event published by the outbox and consumed by the sample consumer
        String traceId = "7e57ab1e7e57ab1e7e57ab1e7e57ab1e";
        String eventId = (String) recordEntry("00-" + traceId + "-00f067aa0ba902b7-01").getBody().get("eventId");

        // when Tokyo staff ask for the audit of the ledger (its aggregate id)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> events = eventsOf(auditOf(EDOGAWA, TestTokens.admin())).stream()
                    .filter(event -> eventId.equals(event.get("eventId"))).toList();

            // then both sightings of the event are there, with the trace that caused them
            assertThat(events).extracting(event -> event.get("direction") + "/" + event.get("outcome"))
                    .containsExactlyInAnyOrder("published/published", "consumed/handled");
            assertThat(events).allSatisfy(event -> {
                assertThat(event).containsEntry("traceId", traceId).containsEntry("eventType", "sample.recorded")
                        .containsEntry("municipalityCode", EDOGAWA).containsEntry("times", 1);
                assertThat(event.get("firstAt")).isNotNull();
            });
        });
        assertThat(auditOf(EDOGAWA, TestTokens.admin()).getBody()).containsEntry("service", "sample");
    }

    @Test
    void aMunicipalitySeesTheAuditOfItsOwnDataOnlyAndAnothersIsNotFound() {
        recordEntry(null);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(auditOf(EDOGAWA, TestTokens.municipality(EDOGAWA)).getStatusCode().value()).isEqualTo(200));
        ResponseEntity<Map> probing = auditOf(EDOGAWA, TestTokens.municipality(TestTokens.MITAKA));
        assertThat(probing.getStatusCode().value()).isEqualTo(404);
        assertThat(probing.getBody()).containsEntry("type",
                "https://monozukuri-grants.metro.tokyo.example/problems/not-found");
        assertThat(http().get().uri("/api/audit/plans/{id}", EDOGAWA).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(401);
    }

    private ResponseEntity<Map> recordEntry(String traceparent) {
        var request = http().post().uri("/api/ledgers/{code}/entries", EDOGAWA)
                .header("Authorization", TestTokens.municipality(EDOGAWA))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("amountYen", 2_500));
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        return request.retrieve().toEntity(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> eventsOf(ResponseEntity<Map> audit) {
        return (List<Map<String, Object>>) audit.getBody().get("events");
    }

    private ResponseEntity<Map> auditOf(String id, String token) {
        return http().get().uri("/api/audit/plans/{id}", id).header("Authorization", token)
                .retrieve().toEntity(Map.class);
    }
}
