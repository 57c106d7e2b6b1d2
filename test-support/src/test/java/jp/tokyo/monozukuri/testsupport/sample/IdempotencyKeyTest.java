package jp.tokyo.monozukuri.testsupport.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import jp.tokyo.monozukuri.infrastructure.idempotency.IdempotencyKeys;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The Idempotency-Key draft's semantics on the real store, through the sample's payment endpoint. */
class IdempotencyKeyTest extends SampleServiceTest {

    @Autowired
    SamplePaymentController payments;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndPaysOnce() {
        String ledger = "retry-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ResponseEntity<String> first = pay(ledger, key, "{\"amountYen\":5000000}", "");
        ResponseEntity<String> retry = pay(ledger, key, "{\"amountYen\":5000000}", "");

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(retry.getHeaders().getFirst("Location")).isEqualTo("/api/payment-ledgers/" + ledger);
        assertThat(retry.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(payments.payments(ledger)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndPaysNothingMore() {
        String ledger = "reuse-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        pay(ledger, key, "{\"amountYen\":5000000}", "");
        ResponseEntity<String> other = pay(ledger, key, "{\"amountYen\":9000000}", "");

        assertThat(other.getStatusCode().value()).isEqualTo(422);
        assertThat(other.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(other.getBody()).contains("problems/idempotency-key-reused", "Idempotency-Key");
        assertThat(payments.payments(ledger)).isEqualTo(1);
    }

    @Test
    void aPaymentWithoutAKeyIs428AndAnInvalidKeyIs400() {
        String ledger = "nokey-" + UUID.randomUUID();
        ResponseEntity<String> missing = pay(ledger, null, "{\"amountYen\":5000000}", "");
        ResponseEntity<String> blank = pay(ledger, "", "{\"amountYen\":5000000}", "");
        ResponseEntity<String> control = pay(ledger, "a b\u00e9", "{\"amountYen\":5000000}", "");
        ResponseEntity<String> tooLong = pay(ledger, "k".repeat(256), "{\"amountYen\":5000000}", "");

        assertThat(missing.getStatusCode().value()).isEqualTo(428);
        assertThat(missing.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(missing.getBody()).contains("problems/idempotency-key-required", "\"field\":\"Idempotency-Key\"");
        assertThat(List.of(blank.getStatusCode().value(), control.getStatusCode().value(),
                tooLong.getStatusCode().value())).containsOnly(400);
        assertThat(tooLong.getBody()).contains("problems/idempotency-key-invalid");
        assertThat(payments.payments(ledger)).isZero();
    }

    @Test
    void anOptionalKeyMayBeLeftOutAndStillDeduplicatesWhenGiven() {
        String ledger = "optional-" + UUID.randomUUID();
        assertThat(note(ledger, null).getStatusCode().value()).isEqualTo(200);
        String key = UUID.randomUUID().toString();
        assertThat(note(ledger, key).getStatusCode().value()).isEqualTo(200);
        assertThat(note(ledger, key).getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(payments.notes(ledger)).isEqualTo(2);
    }

    @Test
    void concurrentRequestsWithOneKeyExecuteOnce() throws Exception {
        String ledger = "race-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ResponseEntity<String>>> racing = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            racing.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return pay(ledger, key, "{\"amountYen\":5000000}", "?delayMs=400");
            }));
        }
        start.countDown();
        List<Integer> statuses = racing.stream().map(f -> f.join().getStatusCode().value()).toList();

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).containsOnlyOnce(201);
        assertThat(racing.stream().map(CompletableFuture::join).filter(r -> r.getStatusCode().value() == 409))
                .allSatisfy(r -> assertThat(r.getBody()).contains("problems/idempotency-key-in-progress"));
        assertThat(payments.payments(ledger)).isEqualTo(1);
        assertThat(pay(ledger, key, "{\"amountYen\":5000000}", "?delayMs=400").getHeaders()
                .getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(payments.payments(ledger)).isEqualTo(1);
    }

    @Test
    void aFailedRequestFreesItsKeySoTheRetryExecutes() {
        String ledger = "failed-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        assertThat(pay(ledger, key, "{\"amountYen\":5000000}", "?fail=true").getStatusCode().value()).isEqualTo(500);
        assertThat(pay(ledger, key, "{\"amountYen\":5000000}", "?fail=true").getStatusCode().value()).isEqualTo(500);
        assertThat(payments.payments(ledger)).isZero();
    }

    @Test
    void aClaimAbandonedByACrashedReplicaIsTakenOverAfterItsLeaseAndAnExpiredKeyIsFree() {
        String ledger = "crashed-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        pay(ledger, key, "{\"amountYen\":5000000}", "");
        // As a replica that crashed mid-request leaves it: claimed, never answered, lease over.
        Query claim = new Query(Criteria.where("key").is(key));
        mongo.updateFirst(claim, new Update().set("state", "IN_PROGRESS").unset("status")
                .set("leaseUntil", new java.util.Date(System.currentTimeMillis() - 1000)), IdempotencyKeys.COLLECTION);

        ResponseEntity<String> retry = pay(ledger, key, "{\"amountYen\":5000000}", "");

        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(mongo.findOne(claim, org.bson.Document.class, IdempotencyKeys.COLLECTION).getString("state"))
                .isEqualTo("COMPLETED");

        mongo.updateFirst(claim, new Update().set("expiresAt", new java.util.Date(System.currentTimeMillis() - 1000)),
                IdempotencyKeys.COLLECTION);
        ResponseEntity<String> afterExpiry = pay(ledger, key, "{\"amountYen\":7000000}", "");
        assertThat(afterExpiry.getStatusCode().value()).isEqualTo(201);
        assertThat(afterExpiry.getHeaders().getFirst("Idempotent-Replayed")).isNull();
    }

    @Test
    void keysArePerCaller() {
        String ledger = "callers-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        assertThat(pay(ledger, key, "{\"amountYen\":5000000}", "").getStatusCode().value()).isEqualTo(201);
        ResponseEntity<String> another = http().post().uri("/api/payment-ledgers/{code}/payments", ledger)
                .header("Authorization", TestTokens.approver("approver-yamada")).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body("{\"amountYen\":9000000}").retrieve()
                .toEntity(String.class);
        assertThat(another.getStatusCode().value()).isEqualTo(201);
        assertThat(payments.payments(ledger)).isEqualTo(2);
    }

    private ResponseEntity<String> pay(String ledger, String key, String body, String query) {
        var request = http().post().uri("/api/payment-ledgers/" + ledger + "/payments" + query)
                .header("Authorization", TestTokens.admin()).contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.body(body).retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> note(String ledger, String key) {
        var request = http().post().uri("/api/payment-ledgers/{code}/notes", ledger)
                .header("Authorization", TestTokens.admin());
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.retrieve().toEntity(String.class);
    }

}
