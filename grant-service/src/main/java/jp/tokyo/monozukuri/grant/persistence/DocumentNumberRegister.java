package jp.tokyo.monozukuri.grant.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;
import jp.tokyo.monozukuri.grant.domain.DocumentNumber;
import jp.tokyo.monozukuri.grant.domain.DocumentNumberIssuer;
import jp.tokyo.monozukuri.grant.domain.DocumentSubject;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * 文書番号簿 — the register of the grant series: one document per fiscal year holding the last number and every
 * number issued with its subject. Issuing is one conditional update of that document (last number unchanged,
 * subject not yet in it), so numbers have no duplicates whatever the replicas, and asking again for a subject —
 * a retried decision — returns the number it already has instead of burning another.
 */
@Component
public class DocumentNumberRegister implements DocumentNumberIssuer {

    public static final String COLLECTION = "document_numbers";

    private static final int MAX_ATTEMPTS = 50;

    private final MongoTemplate mongo;
    private final String symbol;
    private final Clock clock;

    /** @param symbol the issuing section's symbol in every number ({@code grant.documents.symbol}) */
    public DocumentNumberRegister(MongoTemplate mongo, @Value("${grant.documents.symbol}") String symbol, Clock clock) {
        this.mongo = mongo;
        this.symbol = symbol;
        this.clock = clock;
    }

    @Override
    public DocumentNumber issue(DocumentSubject subject, LocalDate documentDate) {
        int fiscalYear = JapaneseCalendar.fiscalYearOf(documentDate);
        String registerId = Integer.toString(fiscalYear);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document register = mongo.findById(registerId, Document.class, COLLECTION);
            if (register == null) {
                createRegister(registerId, fiscalYear);
                continue;
            }
            Integer already = sequenceOf(register, subject);
            if (already != null) {
                return new DocumentNumber(fiscalYear, symbol, already);
            }
            int last = register.getInteger("last");
            int next = last + 1;
            Query unchanged = new Query(Criteria.where("_id").is(registerId).and("last").is(last)
                    .and("issued.subject").ne(subject.key()));
            Update issue = new Update().set("last", next).push("issued", new Document("sequence", next)
                    .append("subject", subject.key())
                    .append("documentDate", documentDate.toString())
                    .append("issuedAt", Instant.now(clock).toString()));
            if (mongo.updateFirst(unchanged, issue, COLLECTION).getModifiedCount() == 1) {
                return new DocumentNumber(fiscalYear, symbol, next);
            }
        }
        throw new OptimisticLockingFailureException("could not issue a document number of fiscal year "
                + fiscalYear + " for " + subject.key() + " after " + MAX_ATTEMPTS + " attempts");
    }

    private void createRegister(String registerId, int fiscalYear) {
        try {
            mongo.insert(new Document("_id", registerId).append("fiscalYear", fiscalYear).append("symbol", symbol)
                    .append("last", 0).append("issued", List.of()), COLLECTION);
        } catch (DuplicateKeyException createdByAnother) {
            // another request opened the register of this fiscal year first; use theirs
        }
    }

    private static Integer sequenceOf(Document register, DocumentSubject subject) {
        for (Document issued : register.getList("issued", Document.class, List.of())) {
            if (subject.key().equals(issued.getString("subject"))) {
                return issued.getInteger("sequence");
            }
        }
        return null;
    }
}
