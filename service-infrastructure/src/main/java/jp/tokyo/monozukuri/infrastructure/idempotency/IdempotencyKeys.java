package jp.tokyo.monozukuri.infrastructure.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The service's register of idempotency keys (collection {@value #COLLECTION}), one document per key, caller,
 * method and path — unique, so of two requests with the same key on any two replicas only one inserts its claim
 * and executes; the other finds the claim. A claim holds the SHA-256 of the request body; once the request is
 * answered it also holds the answer (status, headers, body) to replay.
 *
 * <p>A claim whose request never finished (the replica crashed) is abandoned after the lease: the next retry takes
 * it over and executes again. The use cases behind the keyed endpoints are themselves safe to re-execute (a payment
 * carries an id derived from its key, a decision step is refused once taken), so a takeover never doubles money.
 * Keys expire after the retention: a TTL index removes them on MongoDB, and an expired key is treated as unused
 * everywhere (the local store has no TTL).
 */
public class IdempotencyKeys {

    public static final String COLLECTION = "idempotency_keys";
    static final int MAX_KEY_LENGTH = 255;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);
    private static final List<String> REPLAYED_HEADERS = List.of("Content-Type", "Location", "ETag");
    private static final int ATTEMPTS = 3;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final IdempotencyProperties properties;

    public IdempotencyKeys(MongoTemplate mongo, Clock clock, IdempotencyProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
        try {
            mongo.indexOps(COLLECTION).createIndex(new Index().on("key", Sort.Direction.ASC)
                    .on("subject", Sort.Direction.ASC).on("method", Sort.Direction.ASC).on("path", Sort.Direction.ASC)
                    .unique().named("one_claim_per_key"));
            mongo.indexOps(COLLECTION).createIndex(new Index().on("expiresAt", Sort.Direction.ASC).named("retention")
                    .expire(0, TimeUnit.SECONDS));
        } catch (RuntimeException e) {
            log.warn("could not create the indexes of {}: {}", COLLECTION, e.toString());
        }
    }

    /** Who sent which request under which key. */
    public record Request(String key, String subject, String method, String path, byte[] body) {

        String id() {
            return sha256((key + "\n" + subject + "\n" + method + "\n" + path).getBytes(StandardCharsets.UTF_8));
        }

        String bodyHash() {
            return sha256(body);
        }
    }

    /** The first answer to a key, replayed to every retry. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {
    }

    /** What to do with a request: execute it under this claim, or answer it with the first answer. */
    public sealed interface Outcome {
    }

    public record Execute(String claimToken) implements Outcome {
    }

    public record Replay(Answer answer) implements Outcome {
    }

    static boolean isValidKey(String key) {
        return key != null && !key.isEmpty() && key.length() <= MAX_KEY_LENGTH
                && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
    }

    /**
     * @throws IdempotencyProblems.KeyReused      the key was used with another body
     * @throws IdempotencyProblems.KeyInProgress  the first request with the key is still running
     */
    public Outcome claim(Request request) {
        String hash = request.bodyHash();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            String token = UUID.randomUUID().toString();
            try {
                mongo.insert(new Document("_id", request.id()).append("key", request.key())
                        .append("subject", request.subject()).append("method", request.method())
                        .append("path", request.path()).append("requestHash", hash).append("state", "IN_PROGRESS")
                        .append("claimToken", token).append("claimedAt", Date.from(now))
                        .append("leaseUntil", Date.from(now.plus(properties.lease())))
                        .append("expiresAt", Date.from(now.plus(properties.retention()))), COLLECTION);
                return new Execute(token);
            } catch (DuplicateKeyException claimed) {
                Document existing = mongo.findById(request.id(), Document.class, COLLECTION);
                if (existing == null) {
                    continue;
                }
                if (existing.getDate("expiresAt").toInstant().isBefore(now)) {
                    mongo.remove(new Query(Criteria.where("_id").is(request.id())
                            .and("claimToken").is(existing.getString("claimToken"))), COLLECTION);
                    continue;
                }
                if (!hash.equals(existing.getString("requestHash"))) {
                    throw new IdempotencyProblems.KeyReused();
                }
                if ("COMPLETED".equals(existing.getString("state"))) {
                    return new Replay(answerOf(existing));
                }
                if (existing.getDate("leaseUntil").toInstant().isAfter(now)) {
                    throw new IdempotencyProblems.KeyInProgress();
                }
                Query abandoned = new Query(Criteria.where("_id").is(request.id()).and("state").is("IN_PROGRESS")
                        .and("claimToken").is(existing.getString("claimToken")));
                Update takeOver = new Update().set("claimToken", token).set("claimedAt", Date.from(now))
                        .set("leaseUntil", Date.from(now.plus(properties.lease())));
                if (mongo.updateFirst(abandoned, takeOver, COLLECTION).getModifiedCount() == 1) {
                    log.warn("took over the abandoned Idempotency-Key claim of {} {} by {}", request.method(),
                            request.path(), request.subject());
                    return new Execute(token);
                }
            }
        }
        throw new IdempotencyProblems.KeyInProgress();
    }

    /** Stores the first answer, to be replayed to every retry until the key expires. */
    public void complete(Request request, String claimToken, Answer answer) {
        Document headers = new Document();
        answer.headers().forEach(headers::append);
        mongo.updateFirst(new Query(Criteria.where("_id").is(request.id()).and("claimToken").is(claimToken)),
                new Update().set("state", "COMPLETED").set("status", answer.status()).set("headers", headers)
                        .set("body", new Binary(answer.body())).set("completedAt", Date.from(clock.instant())),
                COLLECTION);
    }

    /** Frees the key: the request failed in a way a retry may succeed (a 5xx, a conflict). */
    public void release(Request request, String claimToken) {
        mongo.remove(new Query(Criteria.where("_id").is(request.id()).and("claimToken").is(claimToken)), COLLECTION);
    }

    /** Removes expired keys; on MongoDB the TTL index does it too, the local store needs this. */
    public long purgeExpired() {
        return mongo.remove(new Query(Criteria.where("expiresAt").lt(Date.from(clock.instant()))), COLLECTION)
                .getDeletedCount();
    }

    static List<String> replayedHeaders() {
        return REPLAYED_HEADERS;
    }

    private static Answer answerOf(Document stored) {
        Map<String, String> headers = new LinkedHashMap<>();
        Document storedHeaders = stored.get("headers", Document.class);
        if (storedHeaders != null) {
            storedHeaders.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        Object body = stored.get("body");
        byte[] bytes = body instanceof Binary binary ? binary.getData() : body instanceof byte[] raw ? raw : new byte[0];
        return new Answer(stored.getInteger("status"), headers, bytes);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
