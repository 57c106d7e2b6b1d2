package jp.tokyo.monozukuri.testsupport.sample;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxEntry;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import jp.tokyo.monozukuri.infrastructure.security.Caller;
import jp.tokyo.monozukuri.infrastructure.security.Role;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LedgerController {

    private final MongoTemplate mongo;
    private final Clock clock;

    LedgerController(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    record Entry(long amountYen) {
    }

    @PostMapping("/api/ledgers/{code}/entries")
    Map<String, Object> record(@PathVariable String code, @RequestBody Entry entry, Caller caller) {
        caller.requireAnyRole(Role.MUNICIPALITY, Role.ADMIN);
        caller.requireVisible(code, () -> new ApiProblem.NotFound("ledger", code));
        EventEnvelope<SampleApplication.Recorded> event = EventEnvelope.create(SampleApplication.RECORDED,
                OffsetDateTime.now(clock), "sample", code, code, null,
                new SampleApplication.Recorded(code, entry.amountYen()));
        OutboxEntry outboxEntry = OutboxEntry.of(event);
        // State change and event in one single-document update.
        mongo.upsert(new Query(Criteria.where("_id").is(code)),
                new Update().inc("entries", 1).push("outbox", outboxEntry), "ledgers");
        return Map.of("eventId", outboxEntry.eventId());
    }

    @GetMapping("/api/ledgers/{code}")
    Map<String, Object> read(@PathVariable String code, Caller caller) {
        caller.requireVisible(code, () -> new ApiProblem.NotFound("ledger", code));
        Document ledger = mongo.findById(code, Document.class, "ledgers");
        if (ledger == null) {
            throw new ApiProblem.NotFound("ledger", code);
        }
        List<Object> outbox = new ArrayList<>(ledger.getList("outbox", Object.class, List.of()));
        return Map.of("municipalityCode", code, "entries", ledger.get("entries"), "pending", outbox.size());
    }
}
