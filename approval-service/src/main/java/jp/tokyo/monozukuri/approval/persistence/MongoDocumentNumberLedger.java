package jp.tokyo.monozukuri.approval.persistence;

import java.util.List;
import jp.tokyo.monozukuri.approval.domain.DocumentNumber;
import jp.tokyo.monozukuri.approval.domain.DocumentNumberLedger;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * 文書番号簿 in MongoDB: one document per prefix and fiscal year whose {@code holders} array lists the reviews
 * in the order they took their numbers, so a review's number is its position + 1.
 *
 * <p>A claim is one atomic findAndModify that appends the review only if it is not listed yet: positions are
 * never skipped or shared, whatever the number of replicas, and a repeated claim (a retry after a failure)
 * finds the review already listed and returns the same number. Together with the pending decision recorded
 * on the review before claiming, every number taken is used: the sequence stays gap-free.
 */
@Component
public class MongoDocumentNumberLedger implements DocumentNumberLedger {

    static final String COLLECTION = "document_number_ledgers";
    private static final String HOLDERS = "holders";
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;

    public MongoDocumentNumberLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public DocumentNumber claim(String prefix, int fiscalYear, String reviewId) {
        String ledgerId = prefix + ":" + fiscalYear;
        Query notYetListed = new Query(Criteria.where("_id").is(ledgerId).and(HOLDERS).ne(reviewId));
        Update append = new Update().push(HOLDERS, reviewId)
                .setOnInsert("prefix", prefix)
                .setOnInsert("fiscalYear", fiscalYear);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                Document ledger = mongo.findAndModify(notYetListed, append,
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
                return numberOf(ledger, prefix, fiscalYear, reviewId);
            } catch (DuplicateKeyException upsertCollided) {
                // The upsert met an existing ledger: either it already lists the review (a repeated claim), or
                // another replica opened the year's ledger at the same moment and the next attempt appends to it.
                Document ledger = mongo.findById(ledgerId, Document.class, COLLECTION);
                if (holdersOf(ledger).contains(reviewId)) {
                    return numberOf(ledger, prefix, fiscalYear, reviewId);
                }
            }
        }
        throw new IllegalStateException("could not claim a document number of " + ledgerId + " for " + reviewId
                + " in " + ATTEMPTS + " attempts");
    }

    private static DocumentNumber numberOf(Document ledger, String prefix, int fiscalYear, String reviewId) {
        int position = holdersOf(ledger).indexOf(reviewId);
        if (position < 0) {
            throw new IllegalStateException("ledger " + ledger.get("_id") + " does not list " + reviewId);
        }
        return new DocumentNumber(fiscalYear, prefix, position + 1);
    }

    private static List<String> holdersOf(Document ledger) {
        return ledger == null ? List.of() : ledger.getList(HOLDERS, String.class, List.of());
    }
}
