package jp.tokyo.monozukuri.plan.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxEntry;
import jp.tokyo.monozukuri.plan.domain.Decision;
import jp.tokyo.monozukuri.plan.domain.OverlappingPlanException;
import jp.tokyo.monozukuri.plan.domain.Plan;
import jp.tokyo.monozukuri.plan.domain.PlanState;
import jp.tokyo.monozukuri.plan.domain.PlanSummary;
import jp.tokyo.monozukuri.plan.persistence.PlanDocument.DecisionDocument;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves plans. Every save is ONE single-document write that carries the new state, the events it
 * causes (appended to the outbox, never rewriting events still waiting there) and the fiscal years the plan
 * occupies, and that succeeds only if nobody saved the plan since it was loaded.
 */
@Repository
public class PlanStore {

    static final String SLOTS = "occupiedPeriodSlots";

    private final MongoTemplate mongo;

    public PlanStore(MongoTemplate mongo) {
        this.mongo = mongo;
        ensureIndexes();
    }

    /**
     * The unique index that enforces the overlap rule even for concurrent submissions: sparse, so that the
     * many plans occupying nothing (the field is absent) never collide with each other.
     */
    private void ensureIndexes() {
        var indexes = mongo.indexOps(PlanDocument.COLLECTION);
        indexes.createIndex(new Index().on(SLOTS, Sort.Direction.ASC).unique().sparse().named("occupied_period_slot"));
        indexes.createIndex(new Index().on("municipalityCode", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC)
                .named("municipality_created"));
    }

    public Optional<Plan> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PlanDocument.class)).map(PlanStore::toPlan);
    }

    /** Stores a new plan; returns it with its first version. */
    public Plan insert(Plan plan, List<EventEnvelope<?>> events) {
        PlanState state = plan.state().withVersion(1);
        try {
            mongo.insert(toDocument(plan, state, events.stream().map(OutboxEntry::of).toList()));
        } catch (DuplicateKeyException e) {
            throw overlapping(plan, e);
        }
        return Plan.restore(state);
    }

    /**
     * Saves a changed plan if it is still at the version it was loaded with; returns it with its new version.
     *
     * @throws OptimisticLockingFailureException when someone else saved the plan in between
     * @throws OverlappingPlanException          when another plan of the municipality occupies one of its years
     */
    public Plan update(Plan plan, List<EventEnvelope<?>> events) {
        long loaded = plan.version().orElseThrow(() -> new IllegalArgumentException(
                "plan " + plan.id() + " was never stored: insert it"));
        PlanState state = plan.state().withVersion(loaded + 1);
        PlanDocument next = toDocument(plan, state, List.of());
        Update update = new Update()
                .set("content", next.content())
                .set("status", next.status())
                .set("latestRevision", next.latestRevision())
                .set("revisions", next.revisions())
                .set("history", next.history())
                .set("appliedEventIds", next.appliedEventIds())
                .set("updatedAt", next.updatedAt())
                .set("updatedBy", next.updatedBy())
                .set("version", state.version());
        setOrUnset(update, "lastReturn", next.lastReturn());
        setOrUnset(update, "decision", next.decision());
        setOrUnset(update, SLOTS, next.occupiedPeriodSlots());
        setOrUnset(update, "pendingWithdrawal", next.pendingWithdrawal());
        setOrUnset(update, "withdrawalRefusal", next.withdrawalRefusal());
        if (!events.isEmpty()) {
            update.push("outbox").each(events.stream().map(OutboxEntry::of).toArray());
        }
        Query atLoadedVersion = new Query(Criteria.where("_id").is(plan.id()).and("version").is(loaded));
        long matched;
        try {
            matched = mongo.updateFirst(atLoadedVersion, update, PlanDocument.class).getMatchedCount();
        } catch (DuplicateKeyException e) {
            throw overlapping(plan, e);
        }
        if (matched == 0) {
            throw new OptimisticLockingFailureException("plan " + plan.id() + " is no longer at version " + loaded);
        }
        return Plan.restore(state);
    }

    /** Plans matching the criteria, newest first, without their revisions and history. */
    public List<PlanSummary> list(PlanCriteria criteria, int page, int size) {
        Query query = criteria.toQuery()
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")))
                .skip((long) page * size)
                .limit(size);
        query.fields().include("municipalityCode", "content.title", "content.targetArea", "content.startFiscalYear",
                "content.endFiscalYear", "status", "latestRevision", "createdAt", "updatedAt", "version");
        return mongo.find(query, PlanSummary.class, PlanDocument.COLLECTION);
    }

    public long count(PlanCriteria criteria) {
        return mongo.count(criteria.toQuery(), PlanDocument.COLLECTION);
    }

    /** The overlap behind a duplicate key, or the duplicate key itself if the plan occupies no years. */
    private RuntimeException overlapping(Plan plan, DuplicateKeyException cause) {
        List<String> slots = slotsOf(plan);
        if (slots == null) {
            return cause;
        }
        Query occupying = new Query(Criteria.where(SLOTS).in(slots).and("_id").ne(plan.id()));
        occupying.fields().include("_id");
        Document other = mongo.findOne(occupying, Document.class, PlanDocument.COLLECTION);
        OverlappingPlanException overlap = new OverlappingPlanException(plan.id(), plan.municipality().code(),
                other == null ? null : other.getString("_id"));
        overlap.initCause(cause);
        return overlap;
    }

    private static void setOrUnset(Update update, String field, Object value) {
        if (value == null) {
            update.unset(field);
        } else {
            update.set(field, value);
        }
    }

    /** Absent (null) unless the plan occupies fiscal years: see the sparse unique index. */
    private static List<String> slotsOf(Plan plan) {
        List<Integer> years = plan.occupiedFiscalYears();
        return years.isEmpty() ? null
                : years.stream().map(year -> plan.municipality().code() + ":" + year).toList();
    }

    private static PlanDocument toDocument(Plan plan, PlanState state, List<OutboxEntry> outbox) {
        Decision d = state.decision();
        return new PlanDocument(state.id(), state.municipalityCode(), state.content(), state.status(),
                plan.latestRevision(), state.revisions(), state.history(),
                state.appliedEventIds().stream().map(UUID::toString).toList(), state.lastReturn(),
                d == null ? null : new DecisionDocument(d.approved(), d.revision(), d.documentNumber(),
                        d.decisionDate() == null ? null : d.decisionDate().toString(), d.reasons(), d.decidedBy()),
                state.createdAt(), state.createdBy(), state.updatedAt(), state.updatedBy(), slotsOf(plan),
                state.pendingWithdrawal(), state.withdrawalRefusal(), outbox, state.version());
    }

    private static Plan toPlan(PlanDocument doc) {
        DecisionDocument d = doc.decision();
        return Plan.restore(new PlanState(doc.id(), doc.municipalityCode(), doc.content(), doc.status(),
                orEmpty(doc.revisions()), orEmpty(doc.history()),
                orEmpty(doc.appliedEventIds()).stream().map(UUID::fromString).toList(), doc.lastReturn(),
                d == null ? null : new Decision(d.approved(), d.revision(), d.documentNumber(),
                        d.decisionDate() == null ? null : LocalDate.parse(d.decisionDate()), d.reasons(),
                        d.decidedBy()),
                doc.createdAt(), doc.createdBy(), doc.updatedAt(), doc.updatedBy(), doc.version(),
                doc.pendingWithdrawal(), doc.withdrawalRefusal()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
