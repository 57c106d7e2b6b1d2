package jp.tokyo.monozukuri.testsupport.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import jp.tokyo.monozukuri.testsupport.PrometheusScrape;
import jp.tokyo.monozukuri.testsupport.TestInfrastructure;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The one test with a broker of its own (and so a Spring context of its own): it stops the broker, which no test
 * may do to the shared one.
 */
@SpringBootTest(classes = {SampleApplication.class, OutboxBacklogWhileTheBrokerIsDownTest.BrokerLifecycle.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class OutboxBacklogWhileTheBrokerIsDownTest {

    private static final RestartableKafka KAFKA = RestartableKafka.started();
    private static final Map<String, String> LEDGERS = Map.of("collection", "ledgers");

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) {
        TestInfrastructure.springProperties("sample-broker-down-test").forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.cloud.stream.kafka.binder.brokers", KAFKA::bootstrapServers);
        registry.add("spring.kafka.bootstrap-servers", KAFKA::bootstrapServers);
    }

    /** The broker goes after the context that uses it. */
    @TestConfiguration
    static class BrokerLifecycle {
        @Bean
        DisposableBean restartableKafka() {
            return KAFKA::close;
        }
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theBacklogGaugeRisesWhileTheBrokerIsStoppedAndFallsOnceItIsBack() {
        // given the service running and its consumer applying its own events
        String code = TestTokens.HACHIOJI;
        record(code, 1_000);
        await().atMost(Duration.ofSeconds(60)).until(() -> entriesTallied(code) == 1);

        // when the broker stops and three entries are recorded meanwhile
        KAFKA.stop();
        for (int i = 0; i < 3; i++) {
            record(code, 10_000);
        }

        // then the backlog gauges show the three waiting, and ageing
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            PrometheusScrape metrics = scrape();
            assertThat(metrics.sum("outbox_pending", LEDGERS)).isEqualTo(3);
            assertThat(metrics.sum("outbox_oldest_age_seconds", LEDGERS)).isGreaterThanOrEqualTo(2);
        });

        // when the broker is back
        KAFKA.start();

        // then the backlog drains to zero and the events reach the consumer
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(scrape().sum("outbox_pending", LEDGERS)).isZero();
            assertThat(entriesTallied(code)).isEqualTo(4);
        });
        assertThat(scrape().sum("outbox_oldest_age_seconds", LEDGERS)).isZero();
    }

    private void record(String code, long amountYen) {
        http().post().uri("/api/ledgers/{code}/entries", code)
                .header("Authorization", TestTokens.municipality(code))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("amountYen", amountYen))
                .retrieve().toBodilessEntity();
    }

    private int entriesTallied(String code) {
        Document tally = mongo.findById(code, Document.class, "tallies");
        return tally == null ? 0 : tally.getInteger("count");
    }

    private PrometheusScrape scrape() {
        return PrometheusScrape.of(RestClient.create("http://localhost:" + managementPort).get()
                .uri("/actuator/prometheus").retrieve().body(String.class));
    }

    private RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
    }
}
