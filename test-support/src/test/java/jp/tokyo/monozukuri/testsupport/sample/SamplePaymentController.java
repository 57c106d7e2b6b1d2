package jp.tokyo.monozukuri.testsupport.sample;

import java.util.Map;
import jp.tokyo.monozukuri.infrastructure.idempotency.Idempotent;
import jp.tokyo.monozukuri.infrastructure.security.Caller;
import jp.tokyo.monozukuri.infrastructure.security.Role;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payments of the sample: each request that executes adds one payment, so a doubled retry shows. */
@RestController
class SamplePaymentController {

    private final MongoTemplate mongo;

    SamplePaymentController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    record Payment(long amountYen) {
    }

    @Idempotent(requireKey = true)
    @PostMapping("/api/payment-ledgers/{code}/payments")
    ResponseEntity<Map<String, Object>> pay(@PathVariable String code, @RequestBody Payment payment,
            @RequestParam(defaultValue = "0") long delayMs, @RequestParam(defaultValue = "false") boolean fail,
            Caller caller) throws InterruptedException {
        caller.requireAnyRole(Role.ADMIN, Role.APPROVER);
        Thread.sleep(delayMs);
        if (fail) {
            throw new IllegalStateException("the store failed");
        }
        org.bson.Document ledger = mongo.findAndModify(new Query(Criteria.where("_id").is(code)),
                new Update().inc("payments", 1).inc("paidYen", payment.amountYen()),
                FindAndModifyOptions.options().upsert(true).returnNew(true), org.bson.Document.class,
                "payment_ledgers");
        return ResponseEntity.status(201).header("Location", "/api/payment-ledgers/" + code)
                .body(Map.of("payments", ledger.get("payments"), "paidYen", ledger.get("paidYen")));
    }

    @Idempotent
    @PostMapping("/api/payment-ledgers/{code}/notes")
    Map<String, Object> note(@PathVariable String code, Caller caller) {
        caller.requireAnyRole(Role.ADMIN, Role.APPROVER);
        mongo.upsert(new Query(Criteria.where("_id").is(code)), new Update().inc("notes", 1), "payment_ledgers");
        return Map.of("noted", true);
    }

    long payments(String code) {
        org.bson.Document ledger = mongo.findById(code, org.bson.Document.class, "payment_ledgers");
        return ledger == null || ledger.get("payments") == null ? 0 : ((Number) ledger.get("payments")).longValue();
    }

    long notes(String code) {
        org.bson.Document ledger = mongo.findById(code, org.bson.Document.class, "payment_ledgers");
        return ledger == null || ledger.get("notes") == null ? 0 : ((Number) ledger.get("notes")).longValue();
    }
}
