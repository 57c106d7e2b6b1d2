package jp.tokyo.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.tokyo.monozukuri.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The services' own configuration agrees with the design the manifests are built on: who publishes and consumes
 * which topic, with the service's name as consumer group and the agreed dead-letter topic.
 */
class ServiceBindingsTest {

    static Iterable<String> services() {
        return Conventions.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void theServicesApplicationYmlBindsTheTopicsTheDesignGivesIt(String service) {
        Path applicationYml = ServiceConfigurations.applicationYml(service);
        assumeTrue(Files.exists(applicationYml), service + " has no application.yml yet: its topics come from the conventions");

        ServiceBindings configured = ServiceConfigurations.read(service, applicationYml);
        ServiceBindings designed = Conventions.of(service);

        assertThat(configured.published()).as(service + " publishes").isEqualTo(designed.published());
        assertThat(configured.consumedTopics()).as(service + " consumes").isEqualTo(designed.consumedTopics());
        assertThat(configured.consumptions()).allSatisfy(consumption -> {
            assertThat(consumption.group()).as(service + " " + consumption.binding() + " group").isEqualTo(service);
            assertThat(consumption.deadLetterTopic()).as(service + " " + consumption.binding() + " dlq-name")
                    .isEqualTo(Topics.deadLetter(consumption.topic(), service));
        });
    }

    @Test
    void bindingsAreReadFromNestedAndDottedKeysAlikeAndProfileDocumentsAreIgnored(@TempDir Path directory)
            throws IOException {
        Path applicationYml = directory.resolve("application.yml");
        Files.writeString(applicationYml, """
                spring.cloud.stream.output-bindings: events
                spring.cloud.stream.bindings.events.destination: grant-events
                spring:
                  cloud:
                    function.definition: approvalEvents
                    stream:
                      bindings:
                        approvalEvents-in-0: {destination: approval-events, group: grant-service}
                      kafka.bindings:
                        approvalEvents-in-0.consumer.dlqName: approval-events.grant-service.dlt
                ---
                spring.config.activate.on-profile: replay
                spring.cloud.stream.bindings.replay-in-0: {destination: approval-events.grant-service.dlt, group: replay}
                """, StandardCharsets.UTF_8);

        ServiceBindings bindings = ServiceConfigurations.read("grant-service", applicationYml);

        assertThat(bindings.published()).containsExactly("grant-events");
        assertThat(bindings.consumptions()).containsExactly(new ServiceBindings.Consumption(
                "approvalEvents-in-0", "approval-events", "grant-service", "approval-events.grant-service.dlt"));
        assertThat(bindings.allTopics())
                .containsExactlyInAnyOrder("grant-events", "approval-events", "approval-events.grant-service.dlt");
    }

    @Test
    void aBindingOnSeveralDestinationsConsumesEachOfThem(@TempDir Path directory) throws IOException {
        Path applicationYml = directory.resolve("application.yml");
        Files.writeString(applicationYml, """
                spring:
                  cloud:
                    stream:
                      bindings:
                        allEvents-in-0:
                          destination: plan-events,grant-events
                          group: notification-service
                """, StandardCharsets.UTF_8);

        ServiceBindings bindings = ServiceConfigurations.read("notification-service", applicationYml);

        assertThat(bindings.consumedTopics()).containsExactlyInAnyOrder("plan-events", "grant-events");
        assertThat(bindings.consumptions()).extracting(ServiceBindings.Consumption::deadLetterTopic).containsOnlyNulls();
    }
}
