package jp.tokyo.monozukuri.testsupport.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import jp.tokyo.monozukuri.infrastructure.text.MultiLine;
import jp.tokyo.monozukuri.infrastructure.text.SingleLine;
import jp.tokyo.monozukuri.infrastructure.web.PageResponse;
import jp.tokyo.monozukuri.infrastructure.web.Paging;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
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

    /** A note on a ledger: one single-line and one multi-line text, checked by the shared text rules. */
    record Note(@NotBlank @SingleLine String title, @MultiLine String text, List<@NotBlank @SingleLine String> tags,
            Integer fiscalYear, Boolean urgent) {
    }

    @PostMapping("/api/ledgers/{code}/notes")
    Note note(@PathVariable String code, @Valid @RequestBody Note note, Caller caller) {
        caller.requireVisible(code, () -> new ApiProblem.NotFound("ledger", code));
        return note;
    }

    /** A paged list (of nothing but its paging): the shared paging check. */
    @GetMapping("/api/ledgers")
    PageResponse<String> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
        Paging.requireCountable(page, size);
        return PageResponse.of(List.of(), page, size, 0);
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
