package jp.tokyo.monozukuri.notification.persistence;

import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.infrastructure.messaging.OnlyOnce;
import jp.tokyo.monozukuri.notification.domain.pressrelease.PressRelease;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
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

    public List<PressRelease> page(int page, int size) {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "announcementDate", "publishedAt"))
                .skip((long) page * size).limit(size);
        return mongo.find(query, PressReleaseDocument.class, PressReleaseDocument.COLLECTION).stream()
                .map(PressReleaseDocument::toPressRelease).toList();
    }

    public long count() {
        return mongo.count(new Query(), PressReleaseDocument.COLLECTION);
    }
}
