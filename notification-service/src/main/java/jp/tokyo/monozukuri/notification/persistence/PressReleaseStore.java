package jp.tokyo.monozukuri.notification.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.infrastructure.messaging.OnlyOnce;
import jp.tokyo.monozukuri.notification.domain.pressrelease.PressRelease;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The published press releases, newest announcement first. */
@Repository
public class PressReleaseStore {

    private final MongoTemplate mongo;
    private final OnlyOnce onlyOnce;

    public PressReleaseStore(MongoTemplate mongo, OnlyOnce onlyOnce) {
        this.mongo = mongo;
        this.onlyOnce = onlyOnce;
    }

    /** Keeps the release unless its round was published before: what was announced is not rewritten. */
    public boolean publishOnce(PressRelease release) {
        return onlyOnce.insert(PressReleaseDocument.of(release), PressReleaseDocument.COLLECTION);
    }

    public Optional<PressRelease> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PressReleaseDocument.class, PressReleaseDocument.COLLECTION))
                .map(PressReleaseDocument::toPressRelease);
    }

    /** A page, newest announcement first; only those announced on or before {@code upTo} unless it is null. */
    public List<PressRelease> page(int page, int size, LocalDate upTo) {
        Query query = announcedBy(upTo).with(Sort.by(Sort.Direction.DESC, "announcementDate", "publishedAt"))
                .skip((long) page * size).limit(size);
        return mongo.find(query, PressReleaseDocument.class, PressReleaseDocument.COLLECTION).stream()
                .map(PressReleaseDocument::toPressRelease).toList();
    }

    public long count(LocalDate upTo) {
        return mongo.count(announcedBy(upTo), PressReleaseDocument.COLLECTION);
    }

    /** ISO dates of four-digit years (the only ones a round can be announced on) sort as text. */
    private static Query announcedBy(LocalDate upTo) {
        return upTo == null ? new Query() : new Query(Criteria.where("announcementDate").lte(upTo.toString()));
    }
}
