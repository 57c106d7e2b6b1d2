package jp.tokyo.monozukuri.notification.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.Topics;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.infrastructure.events.EventJson;
import jp.tokyo.monozukuri.notification.ContractFixtures;
import jp.tokyo.monozukuri.notification.NotificationServiceApplication;
import jp.tokyo.monozukuri.notification.persistence.NoticeDocument;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.RealInfrastructure;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * One shared context for every integration test: notification-service on the real broker and store, sending to a
 * real SMTP server. Waits are short here (retries after 200 ms, circuit open for 1 s) so outages play out quickly.
 */
@RealInfrastructure
@SpringBootTest(classes = NotificationServiceApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notification.dispatch.poll-interval=200ms",
        "notification.dispatch.first-retry-delay=200ms",
        "notification.dispatch.max-retry-delay=1s",
        "resilience4j.retry.instances.smtp.wait-duration=100ms",
        "resilience4j.circuitbreaker.instances.smtp.wait-duration-in-open-state=1s",
        "resilience4j.ratelimiter.instances.smtp.limit-for-period=200",
        "spring.cloud.stream.default.consumer.back-off-initial-interval=100",
        "spring.cloud.stream.default.consumer.back-off-max-interval=200",
        "logging.level.org.apache.kafka=warn",
        "logging.level.kafka=warn",
        "logging.level.org.apache.kafka.clients.NetworkClient=error",
        "logging.level.state.change.logger=warn"})
abstract class NotificationServiceIntegrationTest {

    static final TestSmtp SMTP = TestSmtp.startOnFreePort();

    /** The demo domains of the contract fixtures' municipalities, approved for them alone. */
    static final Map<String, String> FIXTURE_DOMAINS = Map.of("131091", "city.shinagawa.example.jp",
            "131237", "city.edogawa.example.jp", "132012", "city.hachioji.example.jp",
            "132047", "city.mitaka.example.jp", "132055", "city.ome.example.jp",
            "132039", "city.musashino.example.jp", "132021", "city.tachikawa.example.jp",
            "132063", "city.fuchu.example.jp");

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", SMTP::port);
    }

    /** Every municipality has a test domain of its own ({@link #mailbox}); the fixtures' have theirs too. */
    @DynamicPropertySource
    static void approvedDomains(DynamicPropertyRegistry registry) {
        for (Municipality municipality : Municipalities.tokyo()) {
            String code = municipality.code();
            String fixture = FIXTURE_DOMAINS.get(code);
            registry.add("notification.recipients.allowed-domains[" + code + "]",
                    () -> testDomainOf(code) + (fixture == null ? "" : "," + fixture));
        }
    }

    /** The test domain approved for {@code code} alone: m131091.example.jp. */
    static String testDomainOf(String code) {
        return "m" + code + ".example.jp";
    }

    /** A mailbox at the test domain of {@code code}. */
    static String mailbox(String localPart, String code) {
        return localPart + "@" + testDomainOf(code);
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    /** A client that returns every response, error statuses included, for the test to assert on. */
    RestClient http() {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    /** Staff set the recipients of a municipality. */
    void recipientsOf(String municipalityCode, String... addresses) {
        var response = http().put().uri("/api/recipients/{code}", municipalityCode)
                .header("Authorization", TestTokens.admin())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("addresses", List.of(addresses)))
                .retrieve().toBodilessEntity();
        assertThat(response.getStatusCode().value()).isEqualTo(200);
    }

    /** The contract fixture of an event type with a new event id, so that each test's event is its own. */
    static String freshFixture(String eventType, String eventId) {
        ObjectNode envelope = (ObjectNode) ContractFixtures.JSON.readTree(ContractFixtures.text(eventType));
        envelope.put("eventId", eventId);
        return ContractFixtures.JSON.writeValueAsString(envelope);
    }

    static String newEventId() {
        return UUID.randomUUID().toString();
    }

    /** Publishes an event as its producer would: on its service's topic, keyed by the aggregate. */
    static void publish(String eventType, String key, String json) {
        KafkaTopics.send(topicOf(eventType), key, json);
    }

    static void publish(EventEnvelope<?> event) {
        publish(event.eventType(), event.aggregateId(), EventJson.write(event));
    }

    static String topicOf(String eventType) {
        if (eventType.equals(EventTypes.PLAN_SUBMITTED) || eventType.equals(EventTypes.PLAN_WITHDRAWN)) {
            return Topics.PLAN_EVENTS;
        }
        return eventType.startsWith("grant.") ? Topics.GRANT_EVENTS : Topics.APPROVAL_EVENTS;
    }

    List<NoticeDocument> noticesOf(String eventId) {
        return mongo.find(new Query(Criteria.where("eventId").is(eventId)), NoticeDocument.class,
                NoticeDocument.COLLECTION);
    }
}
