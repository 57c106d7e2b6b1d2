package jp.tokyo.monozukuri.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service's store keeps what was written, over the real MongoDB driver, across a SIGTERM restart. */
class StoreServerTest {

    @TempDir
    Path dataDir;

    @Test
    void aDocumentWrittenJustBeforeSigtermIsThereAfterTheRestart() throws Exception {
        // given a running plan-service store
        StackPlan plan = StackFixture.plan(dataDir);
        ChildSpec store = StackFixture.spec(plan, "plan-store");
        String uri = "mongodb://localhost:" + plan.ports().store(Service.PLAN);
        ChildProcess running = StackFixture.startAndAwait(store);

        // when a plan is written and the store is stopped at once, well inside MVStore's one-second commit delay
        try (MongoClient client = MongoClients.create(uri)) {
            plans(client).insertOne(new Document("_id", "plan-131091-2014")
                    .append("municipality", "品川区")
                    .append("title", "品川区地域産業基盤強化計画")
                    .append("requestedYen", 100_000_000L));
        }
        StackFixture.stop(running);
        ChildProcess restarted = StackFixture.startAndAwait(store);

        // then the plan is still there
        try (MongoClient client = MongoClients.create(uri)) {
            Document plan2014 = plans(client).find(new Document("_id", "plan-131091-2014")).first();
            assertThat(plan2014).isNotNull();
            assertThat(plan2014.getString("municipality")).isEqualTo("品川区");
            assertThat(plan2014.getLong("requestedYen")).isEqualTo(100_000_000L);
        } finally {
            StackFixture.stop(restarted);
        }
        assertThat(plan.layout().storeFile(Service.PLAN)).isRegularFile();
    }

    private static MongoCollection<Document> plans(MongoClient client) {
        return client.getDatabase("plan-service").getCollection("plans");
    }
}
