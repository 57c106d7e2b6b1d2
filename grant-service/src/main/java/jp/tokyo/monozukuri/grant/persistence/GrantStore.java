package jp.tokyo.monozukuri.grant.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.grant.domain.ApprovedPlan;
import jp.tokyo.monozukuri.grant.domain.Grant;
import jp.tokyo.monozukuri.grant.domain.GrantYear;
import jp.tokyo.monozukuri.grant.domain.GrantYearStatus;
import jp.tokyo.monozukuri.grant.domain.ProgramParameters;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxEntry;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxRelay;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves grants. A save is ONE conditional update of the grant's document: the new state, its events
 * appended to the outbox, and the version raised — only if the version is still the one loaded. Appending
 * (instead of replacing the document) leaves alone what the outbox relay does to the same document meanwhile.
 */
@Repository
public class GrantStore {

    private static final String VERSION = "version";
    private static final String CLASS_HINT = "_class";

    private final MongoTemplate mongo;

    public GrantStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Stores a newly opened grant with its events.
     *
     * @return false if the plan already has its grant (a redelivered approval): nothing is written then
     */
    public boolean insert(Grant grant, String correlationId, List<OutboxEntry> events) {
        try {
            mongo.insert(toDocument(grant, 0, correlationId, events));
            return true;
        } catch (DuplicateKeyException alreadyOpened) {
            return false;
        }
    }

    /**
     * Saves a changed grant and appends its events, if nobody saved it since it was loaded.
     *
     * @throws OptimisticLockingFailureException if the grant changed since it was loaded
     */
    public void update(StoredGrant stored, List<OutboxEntry> events) {
        Grant grant = stored.grant();
        long loadedVersion = grant.version();
        Document state = new Document();
        mongo.getConverter().write(toDocument(grant, loadedVersion + 1, stored.correlationId(), List.of()), state);
        Update update = new Update();
        state.forEach((field, value) -> {
            if (!field.equals("_id") && !field.equals(OutboxRelay.OUTBOX) && !field.equals(CLASS_HINT)) {
                update.set(field, value);
            }
        });
        if (!events.isEmpty()) {
            update.push(OutboxRelay.OUTBOX).each(events.stream().map(this::toBson).toArray());
        }
        Query unchanged = new Query(Criteria.where("_id").is(grant.id()).and(VERSION).is(loadedVersion));
        if (mongo.updateFirst(unchanged, update, GrantDocument.COLLECTION).getModifiedCount() != 1) {
            throw new OptimisticLockingFailureException("grant " + grant.id() + " changed since version "
                    + loadedVersion + " was loaded");
        }
    }

    public Optional<StoredGrant> find(String id) {
        return Optional.ofNullable(mongo.findById(id, GrantDocument.class)).map(GrantStore::toStored);
    }

    /** Grants with a year of {@code fiscalYear} in {@code status}, optionally of one municipality. */
    public List<StoredGrant> withYear(int fiscalYear, GrantYearStatus status, String municipalityCode) {
        Criteria criteria = Criteria.where("years").elemMatch(
                Criteria.where("fiscalYear").is(fiscalYear).and("status").is(status.name()));
        if (municipalityCode != null) {
            criteria = criteria.and("municipalityCode").is(municipalityCode);
        }
        return list(new Query(criteria));
    }

    /** Grants with at least one year in one of {@code statuses}. */
    public List<StoredGrant> withAnyYearIn(Collection<GrantYearStatus> statuses) {
        return list(new Query(Criteria.where("years.status").in(statuses.stream().map(Enum::name).toList())));
    }

    /** Grants with a year whose document is recorded and waiting for its number. */
    public List<StoredGrant> withPendingDocuments() {
        return list(new Query(Criteria.where("years.pendingDocument.kind").exists(true)));
    }

    /** One page of grants matching the filters (any of them may be null), ordered by municipality and plan. */
    public GrantPage page(String municipalityCode, Integer fiscalYear, GrantYearStatus status, int page, int size) {
        List<Criteria> criteria = new ArrayList<>();
        if (municipalityCode != null) {
            criteria.add(Criteria.where("municipalityCode").is(municipalityCode));
        }
        if (fiscalYear != null && status != null) {
            criteria.add(Criteria.where("years").elemMatch(
                    Criteria.where("fiscalYear").is(fiscalYear).and("status").is(status.name())));
        } else if (fiscalYear != null) {
            criteria.add(Criteria.where("years.fiscalYear").is(fiscalYear));
        } else if (status != null) {
            criteria.add(Criteria.where("years.status").is(status.name()));
        }
        Query query = criteria.isEmpty() ? new Query() : new Query(new Criteria().andOperator(criteria));
        long total = mongo.count(query, GrantDocument.class);
        query.with(Sort.by("municipalityCode", "planId")).skip((long) page * size).limit(size);
        return new GrantPage(list(query), total);
    }

    /** Every grant with a year of {@code fiscalYear}: the budget execution table is made from these. */
    public List<StoredGrant> withFiscalYear(int fiscalYear) {
        return list(new Query(Criteria.where("years.fiscalYear").is(fiscalYear))
                .with(Sort.by("municipalityCode", "planId")));
    }

    /** A page of grants and how many match in all. */
    public record GrantPage(List<StoredGrant> items, long total) {
    }

    private List<StoredGrant> list(Query query) {
        return mongo.find(query, GrantDocument.class).stream().map(GrantStore::toStored).toList();
    }

    private Document toBson(OutboxEntry entry) {
        Document bson = new Document();
        mongo.getConverter().write(entry, bson);
        bson.remove(CLASS_HINT);
        return bson;
    }

    private static GrantDocument toDocument(Grant grant, long version, String correlationId,
            List<OutboxEntry> outbox) {
        ApprovedPlan plan = grant.plan();
        return new GrantDocument(grant.id(), version, plan.planId(), plan.revision(), plan.municipalityCode(),
                plan.municipalityName(), plan.title(), plan.approvalDocumentNumber(), plan.approvalDate(),
                plan.startFiscalYear(), plan.endFiscalYear(), grant.parameters().toTerms(), grant.openedOn(),
                correlationId, grant.years().stream().map(GrantYear::snapshot).toList(), outbox);
    }

    private static StoredGrant toStored(GrantDocument document) {
        ApprovedPlan plan = new ApprovedPlan(document.planId(), document.planRevision(), document.municipalityCode(),
                document.municipalityName(), document.planTitle(), document.approvalDocumentNumber(),
                document.approvalDate(), document.startFiscalYear(), document.endFiscalYear());
        Grant grant = Grant.restore(document.id(), plan, ProgramParameters.of(document.terms()),
                document.openedOn(), document.years(), document.version());
        return new StoredGrant(grant, document.correlationId());
    }
}
