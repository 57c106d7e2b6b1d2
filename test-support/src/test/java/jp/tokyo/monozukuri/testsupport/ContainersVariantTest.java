package jp.tokyo.monozukuri.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import java.util.Properties;
import org.apache.kafka.clients.admin.AdminClient;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same images {@link TestInfrastructure} uses where Docker runs: real {@code apache/kafka} and
 * {@code mongo}. Reported as skipped on a machine without Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersVariantTest {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(TestInfrastructure.KAFKA_IMAGE);

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer(TestInfrastructure.MONGO_IMAGE);

    @Test
    void realKafkaAndMongoContainersAnswer() throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", KAFKA.getBootstrapServers());
        try (AdminClient admin = AdminClient.create(props)) {
            assertThat(admin.describeCluster().nodes().get()).isNotEmpty();
        }
        try (var client = MongoClients.create(MONGO.getConnectionString())) {
            Document reply = client.getDatabase("test").runCommand(new Document("ping", 1));
            assertThat(reply.get("ok")).isIn(1, 1.0);
        }
    }
}
