package jp.tokyo.monozukuri.grant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.Topics;
import jp.tokyo.monozukuri.grant.GrantServiceTest;
import jp.tokyo.monozukuri.grant.persistence.GrantDocument;
import jp.tokyo.monozukuri.infrastructure.outbox.EventHeaders;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * A client that retries after a lost answer must not move money twice: payments and refunds require an
 * Idempotency-Key, and a retry under it is answered with the first answer, on the real store and broker.
 */
class GrantRetryTest extends GrantServiceTest {

    private static final String SHINAGAWA_STAFF = TestTokens.municipality(SHINAGAWA);
    private static final String APPROVER = TestTokens.approver("suzuki");
    private static final String ADVANCE = "{\"paymentDate\": \"2014-06-02\", \"amountYen\": 5000000}";

    @Test
    void aRetriedPaymentPaysOnceAndRaisesOneGrantPaid() {
        // given
        Instant start = Instant.now();
        String grant = decidedGrant("plan-shinagawa-retry");
        String key = UUID.randomUUID().toString();

        // when: the answer was lost, the client sends the same request again, twice
        ResponseEntity<JsonNode> first = step(grant, "payments", key, ADVANCE);
        ResponseEntity<JsonNode> retry = step(grant, "payments", key, ADVANCE);
        ResponseEntity<JsonNode> again = step(grant, "payments", key, ADVANCE);

        // then
        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(retry.getStatusCode().value()).isEqualTo(200);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(paymentsOf(grant)).isEqualTo(1);
        assertThat(paidEvents(grant, start, 1)).hasSize(1);
        // a second, intended payment has a key of its own
        assertThat(step(grant, "payments", UUID.randomUUID().toString(), ADVANCE).getStatusCode().value())
                .isEqualTo(200);
        assertThat(paymentsOf(grant)).isEqualTo(2);
        assertThat(paidEvents(grant, start, 2)).hasSize(2);
    }

    @Test
    void theSameKeyWithAnotherAmountIs422AndPaysNothing() {
        String grant = decidedGrant("plan-shinagawa-reused-key");
        String key = UUID.randomUUID().toString();
        step(grant, "payments", key, ADVANCE);

        ResponseEntity<JsonNode> other = step(grant, "payments", key,
                "{\"paymentDate\": \"2014-06-02\", \"amountYen\": 6000000}");

        assertThat(other.getStatusCode().value()).isEqualTo(422);
        assertThat(other.getBody().path("type").asString()).endsWith("/problems/idempotency-key-reused");
        assertThat(paymentsOf(grant)).isEqualTo(1);
    }

    @Test
    void paymentsAndRefundsWithoutAKeyAre428AndChangeNothing() {
        String grant = decidedGrant("plan-shinagawa-no-key");

        ResponseEntity<JsonNode> payment = step(grant, "payments", null, ADVANCE);
        ResponseEntity<JsonNode> refund = step(grant, "refund", null, "{\"amountYen\": 1000}");

        assertThat(payment.getStatusCode().value()).isEqualTo(428);
        assertThat(payment.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(payment.getBody().path("type").asString()).endsWith("/problems/idempotency-key-required");
        assertThat(payment.getBody().at("/errors/0/field").asString()).isEqualTo("Idempotency-Key");
        assertThat(refund.getStatusCode().value()).isEqualTo(428);
        assertThat(paymentsOf(grant)).isZero();
    }

    @Test
    void concurrentRequestsWithOneKeyMakeOnePayment() {
        String grant = decidedGrant("plan-shinagawa-racing-key");
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ResponseEntity<JsonNode>>> racing = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            racing.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return step(grant, "payments", key, ADVANCE);
            }));
        }
        start.countDown();

        List<Integer> statuses = racing.stream().map(f -> f.join().getStatusCode().value()).toList();

        assertThat(statuses).containsOnly(200, 409);
        assertThat(paymentsOf(grant)).isEqualTo(1);
    }

    @Test
    void aDecisionRetriedUnderItsKeyIsAnsweredAgainInsteadOf409() {
        String grant = openGrant("plan-shinagawa-decision-retry", SHINAGAWA);
        budgetsOf2014Passed(SHINAGAWA);
        step(grant, "application", null, APPLICATION_2014);
        String key = UUID.randomUUID().toString();
        String decision = "{\"decisionDate\": \"2014-05-15\", \"amountYen\": 20000000}";

        ResponseEntity<JsonNode> first = step(grant, "decision", key, decision);
        ResponseEntity<JsonNode> retry = step(grant, "decision", key, decision);
        ResponseEntity<JsonNode> withoutKey = step(grant, "decision", null, decision);

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(retry.getStatusCode().value()).isEqualTo(200);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(withoutKey.getStatusCode().value()).isEqualTo(409);
    }

    private String decidedGrant(String planId) {
        String grant = openGrant(planId, SHINAGAWA);
        budgetsOf2014Passed(SHINAGAWA);
        assertThat(step(grant, "application", null, APPLICATION_2014).getStatusCode().value()).isEqualTo(200);
        assertThat(step(grant, "decision", null, "{\"decisionDate\": \"2014-05-15\", \"amountYen\": 20000000}")
                .getStatusCode().value()).isEqualTo(200);
        return grant;
    }



    private ResponseEntity<JsonNode> step(String grantId, String step, String key, String body) {
        String token = step.equals("application") ? SHINAGAWA_STAFF : APPROVER;
        var request = http().post().uri("/api/grants/{id}/years/2014/{step}", grantId, step)
                .header("Authorization", token);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.body(body).retrieve().toEntity(JsonNode.class);
    }

    private long paymentsOf(String grantId) {
        return mongo.findById(grantId, GrantDocument.class).years().stream()
                .filter(year -> year.fiscalYear() == 2014).findFirst().orElseThrow().payments().size();
    }

    /** The grant.paid events of the grant since the start, once {@code expected} arrived and a little longer. */
    private List<?> paidEvents(String grantId, Instant start, int expected) {
        java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> paid =
                r -> r.timestamp() >= start.toEpochMilli() && grantId.equals(r.key())
                        && EventTypes.GRANT_PAID.equals(KafkaTopics.header(r, EventHeaders.EVENT_TYPE));
        KafkaTopics.await(Topics.GRANT_EVENTS, expected, paid, Duration.ofSeconds(30));
        return KafkaTopics.await(Topics.GRANT_EVENTS, expected + 1, paid, Duration.ofSeconds(3));
    }
}
