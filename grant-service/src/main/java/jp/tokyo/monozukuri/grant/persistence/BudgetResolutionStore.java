package jp.tokyo.monozukuri.grant.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.grant.domain.Assembly;
import jp.tokyo.monozukuri.grant.domain.BudgetResolution;
import jp.tokyo.monozukuri.grant.domain.BudgetResolutionAlreadyRecordedException;
import jp.tokyo.monozukuri.grant.domain.YearBudget;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import jp.tokyo.monozukuri.grant.domain.Correction;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The budget resolutions (予算の議決) recorded so far. */
@Repository
public class BudgetResolutionStore {

    private final MongoTemplate mongo;

    public BudgetResolutionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @throws BudgetResolutionAlreadyRecordedException if this assembly's resolution of the year exists */
    public void insert(BudgetResolution resolution, Instant recordedAt) {
        try {
            mongo.insert(new BudgetResolutionDocument(resolution.key(), resolution.fiscalYear(),
                    resolution.assembly(), resolution.municipalityCode(), resolution.resolutionDate(),
                    resolution.budgetedAmountYen(), resolution.recordedBy(), recordedAt, false, List.of()));
        } catch (DuplicateKeyException e) {
            // a resolution withdrawn as entered in error may be recorded again; its corrections stay with it
            Query withdrawn = new Query(Criteria.where("_id").is(resolution.key()).and("withdrawn").is(true));
            Update again = new Update().set("resolutionDate", resolution.resolutionDate())
                    .set("budgetedAmountYen", resolution.budgetedAmountYen()).set("recordedBy", resolution.recordedBy())
                    .set("recordedAt", recordedAt).set("withdrawn", false);
            if (mongo.updateFirst(withdrawn, again, BudgetResolutionDocument.class).getModifiedCount() != 1) {
                throw new BudgetResolutionAlreadyRecordedException(resolution);
            }
        }
    }

    /** Both resolutions a municipality's year depends on, as far as they exist. */
    public YearBudget budgetOf(int fiscalYear, String municipalityCode) {
        return new YearBudget(
                resolutionDate(BudgetResolution.keyOf(fiscalYear, Assembly.METROPOLITAN, null)),
                resolutionDate(BudgetResolution.keyOf(fiscalYear, Assembly.MUNICIPAL, municipalityCode)));
    }

    /** The resolutions of a fiscal year (all of them, or those a municipality may see), Metropolitan first. */
    public List<BudgetResolutionDocument> ofFiscalYear(int fiscalYear, Optional<String> municipalityScope) {
        Criteria criteria = Criteria.where("fiscalYear").is(fiscalYear);
        if (municipalityScope.isPresent()) {
            criteria = criteria.orOperator(Criteria.where("assembly").is(Assembly.METROPOLITAN.name()),
                    Criteria.where("municipalityCode").is(municipalityScope.get()));
        }
        return mongo.find(new Query(criteria).with(Sort.by("assembly", "municipalityCode")),
                BudgetResolutionDocument.class);
    }

    /** The resolution of this identity as recorded (withdrawn ones too), if any. */
    public Optional<BudgetResolutionDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, BudgetResolutionDocument.class));
    }

    /**
     * Saves Tokyo's correction of a resolution with its audit entry, only if nobody corrected it meanwhile.
     *
     * @return false when the resolution changed since {@code before} was read
     */
    public boolean correct(BudgetResolutionDocument before, LocalDate resolutionDate, long budgetedAmountYen,
            boolean withdrawn, Correction correction) {
        Query unchanged = new Query(Criteria.where("_id").is(before.id()).and("withdrawn").ne(true)
                .and("corrections").size(before.corrections().size()));
        Update update = new Update().set("resolutionDate", resolutionDate).set("budgetedAmountYen", budgetedAmountYen)
                .set("withdrawn", withdrawn).push("corrections", mongo.getConverter().convertToMongoType(correction));
        return mongo.updateFirst(unchanged, update, BudgetResolutionDocument.class).getModifiedCount() == 1;
    }

    private LocalDate resolutionDate(String id) {
        BudgetResolutionDocument resolution = mongo.findById(id, BudgetResolutionDocument.class);
        return resolution == null || resolution.withdrawn() ? null : resolution.resolutionDate();
    }
}
