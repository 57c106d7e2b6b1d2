package jp.tokyo.monozukuri.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The dead-letter gauges' admin client connects like the binder: on a TLS listener, with its certificate. */
class DeadLetterMetricsAdminTest {

    @Test
    void theAdminClientTakesTheBindersClientConfigurationAndItsOwnBrokersAndTimeouts() {
        Properties properties = DeadLetterMetrics.adminProperties("monozukuri-kafka-bootstrap:9093", Map.of(
                "security.protocol", "SSL", "ssl.keystore.type", "PEM", "bootstrap.servers", "elsewhere:9092"));

        assertThat(properties).containsEntry("security.protocol", "SSL").containsEntry("ssl.keystore.type", "PEM")
                .containsEntry("bootstrap.servers", "monozukuri-kafka-bootstrap:9093")
                .containsEntry("request.timeout.ms", 5000);
    }
}
