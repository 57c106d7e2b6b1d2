package jp.tokyo.monozukuri.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The broker and store that tests run against, started once per JVM. Embedded by default on a machine
 * without Docker; real containers where Docker is available, unless {@code -Dtest.infrastructure=embedded}.
 */
public final class TestInfrastructure {

    public static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    public static final String MONGO_IMAGE = "mongo:8.0";

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    private static volatile Endpoints endpoints;

    private TestInfrastructure() {
    }

    /** Where the broker and the store listen. */
    public record Endpoints(String kafkaBootstrapServers, String mongoUri, String kind) {
    }

    public static Endpoints endpoints() {
        Endpoints current = endpoints;
        if (current == null) {
            synchronized (TestInfrastructure.class) {
                if (endpoints == null) {
                    endpoints = useContainers() ? startContainers() : startEmbedded();
                    log.info("test infrastructure ({}): kafka {}, mongo {}", endpoints.kind(),
                            endpoints.kafkaBootstrapServers(), endpoints.mongoUri());
                }
                current = endpoints;
            }
        }
        return current;
    }

    /** The properties that point a Spring Boot service at this infrastructure. */
    public static Map<String, Object> springProperties(String database) {
        Endpoints e = endpoints();
        return Map.of(
                "spring.cloud.stream.kafka.binder.brokers", e.kafkaBootstrapServers(),
                "spring.kafka.bootstrap-servers", e.kafkaBootstrapServers(),
                "spring.mongodb.uri", e.mongoUri() + "/" + database,
                "spring.cloud.stream.kafka.binder.replication-factor", 1,
                "spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation(),
                "security.jwt.issuer", TestTokens.ISSUER,
                "security.jwt.audience", TestTokens.AUDIENCE,
                // a port of its own, as in every environment: tests read it with @LocalManagementPort
                "management.server.port", 0);
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean useContainers() {
        String forced = System.getProperty("test.infrastructure", "auto");
        return switch (forced) {
            case "embedded" -> false;
            case "containers" -> true;
            default -> dockerAvailable();
        };
    }

    private static Endpoints startEmbedded() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("offsets.topic.replication.factor", "1");
        broker.brokerProperty("transaction.state.log.replication.factor", "1");
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.shutdownNow();
            broker.destroy();
        }, "test-infrastructure-shutdown"));
        return new Endpoints(broker.getBrokersAsString(),
                "mongodb://" + address.getHostString() + ":" + address.getPort(), "embedded");
    }

    @SuppressWarnings("resource")
    private static Endpoints startContainers() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
        kafka.start();
        mongo.start();
        String uri = mongo.getConnectionString();
        return new Endpoints(kafka.getBootstrapServers(), uri, "containers");
    }
}
