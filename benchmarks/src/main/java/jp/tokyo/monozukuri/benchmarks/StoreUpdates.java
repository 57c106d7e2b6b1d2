package jp.tokyo.monozukuri.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * Single-document writes and reads by id against one of the stack's stores, over the same driver as the services,
 * on documents shaped and sized like a stored plan (its content and one frozen revision): a conditional update by
 * id and version that sets the state and increments the version, as every use case's save does. One client,
 * one operation at a time. Runs in a database of its own, dropped afterwards.
 */
final class StoreUpdates {

    record Result(double updatesPerSecond, double readsPerSecond, Distribution updateMillis, int documentBytes) {
    }

    private static final int DOCUMENTS = 100;

    private final String uri;
    private final String database;
    private final String planJson;

    StoreUpdates(String uri, String runMarker, String planJson) {
        this.uri = uri;
        this.database = "benchmarks-" + runMarker;
        this.planJson = planJson;
    }

    Result measure(Duration warmUp, Duration duration) {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase(database);
            try {
                MongoCollection<Document> plans = db.getCollection("plans");
                long[] versions = new long[DOCUMENTS];
                List<Document> documents = new ArrayList<>();
                for (int i = 0; i < DOCUMENTS; i++) {
                    Document content = Document.parse(planJson);
                    documents.add(new Document("_id", "plan-" + i).append("municipalityCode", "131091")
                            .append("content", content).append("status", "SUBMITTED").append("latestRevision", 1)
                            .append("revisions", List.of(new Document("revision", 1).append("plan", content)))
                            .append("history", List.of()).append("appliedEventIds", List.of())
                            .append("version", 1L).append("outbox", List.of()));
                    versions[i] = 1;
                }
                plans.insertMany(documents);
                int bytes = documents.get(0).toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                updates(plans, versions, warmUp, null);
                List<Double> millis = new ArrayList<>();
                long start = System.nanoTime();
                int updates = updates(plans, versions, duration, millis);
                double updateRate = updates / ((System.nanoTime() - start) / 1e9);
                reads(plans, warmUp);
                start = System.nanoTime();
                int reads = reads(plans, duration);
                double readRate = reads / ((System.nanoTime() - start) / 1e9);
                return new Result(updateRate, readRate, Distribution.ofMillis(millis), bytes);
            } finally {
                db.drop();
            }
        }
    }

    private static int updates(MongoCollection<Document> plans, long[] versions, Duration duration,
            List<Double> millis) {
        long end = System.nanoTime() + duration.toNanos();
        int count = 0;
        while (System.nanoTime() < end) {
            int i = count % DOCUMENTS;
            long start = System.nanoTime();
            long matched = plans.updateOne(Filters.and(Filters.eq("_id", "plan-" + i), Filters.eq("version", versions[i])),
                    Updates.combine(Updates.set("status", count % 2 == 0 ? "UNDER_REVIEW" : "SUBMITTED"),
                            Updates.set("updatedAt", new Date()), Updates.set("updatedBy", Tokens.REVIEWER),
                            Updates.inc("version", 1L))).getMatchedCount();
            if (matched != 1) {
                throw new IllegalStateException("benchmark document plan-" + i + " not at version " + versions[i]);
            }
            versions[i]++;
            if (millis != null) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
            count++;
        }
        return count;
    }

    private static int reads(MongoCollection<Document> plans, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        int count = 0;
        while (System.nanoTime() < end) {
            if (plans.find(Filters.eq("_id", "plan-" + (count % DOCUMENTS))).first() == null) {
                throw new IllegalStateException("benchmark document missing");
            }
            count++;
        }
        return count;
    }
}
