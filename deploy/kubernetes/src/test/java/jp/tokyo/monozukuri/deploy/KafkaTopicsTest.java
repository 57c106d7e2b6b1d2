package jp.tokyo.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Kafka in KRaft mode on node pools, with every topic the services use declared, and no other. */
class KafkaTopicsTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyTopicTheServicesNameExistsAsAKafkaTopicAndNoKafkaTopicIsUnused(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);
        Set<String> named = ServiceBindings.topicsOf(ServiceConfigurations.all().stream());

        assertThat(Kafka.topics(rendered).keySet())
                .as("KafkaTopics of " + overlay + " against the topics, consumers and dead-letter topics of "
                        + sources())
                .containsExactlyInAnyOrderElementsOf(named);
    }

    @Test
    void everyConsumerBindingHasADeadLetterTopic() {
        assertThat(ServiceConfigurations.all()).allSatisfy(service ->
                assertThat(service.consumptions()).allSatisfy(consumption ->
                        assertThat(consumption.deadLetterTopic())
                                .as(service.service() + " binding " + consumption.binding() + " on " + consumption.topic()
                                        + " names no dlq-name: the binder would invent error." + consumption.topic()
                                        + "." + consumption.group() + ", which no KafkaTopic declares")
                                .isNotNull()));
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void aDeadLetterTopicHasAsManyPartitionsAsTheTopicItCatchesFrom(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);
        Map<String, GenericKubernetesResource> topics = Kafka.topics(rendered);

        for (ServiceBindings service : ServiceConfigurations.all()) {
            for (ServiceBindings.Consumption consumption : service.consumptions()) {
                assertThat(topics).as(service.service() + " topics").containsKeys(consumption.topic(), consumption.deadLetterTopic());
                assertThat(Kafka.partitions(topics.get(consumption.deadLetterTopic())))
                        .as(consumption.deadLetterTopic() + ": the binder writes a failed record to its own partition number")
                        .isEqualTo(Kafka.partitions(topics.get(consumption.topic())));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyKafkaTopicStatesPartitionsReplicasAndRetentionWithinWhatTheBrokersCanHold(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);
        String cluster = Kafka.cluster(rendered).getMetadata().getName();
        int brokers = Kafka.nodes(rendered, "broker");

        assertThat(Kafka.topics(rendered).values()).isNotEmpty().allSatisfy(topic -> {
            String name = topic.getMetadata().getName();
            assertThat(topic.getMetadata().getLabels()).as(name).containsEntry("strimzi.io/cluster", cluster);
            assertThat(Kafka.partitions(topic)).as(name + " partitions").isPositive();
            assertThat(Kafka.replicas(topic)).as(name + " replicas").isBetween(1, brokers);
            assertThat(Kafka.config(topic)).as(name + " config").containsKeys("retention.ms", "min.insync.replicas");
            assertThat(Long.parseLong(String.valueOf(Kafka.config(topic).get("retention.ms"))))
                    .as(name + " retention.ms").isGreaterThanOrEqualTo(7L * 24 * 60 * 60 * 1000);
            int minInSync = Integer.parseInt(String.valueOf(Kafka.config(topic).get("min.insync.replicas")));
            if (overlay.production()) {
                assertThat(Kafka.replicas(topic)).as(name + " replicas in production").isGreaterThanOrEqualTo(3);
                assertThat(minInSync).as(name + ": one broker may be down without refusing writes")
                        .isBetween(2, Kafka.replicas(topic) - 1);
            } else {
                assertThat(minInSync).as(name + " min.insync.replicas").isBetween(1, Kafka.replicas(topic));
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void kafkaRunsInKraftModeOnNodePoolsWithAQuorumOfControllers(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);
        GenericKubernetesResource kafka = Kafka.cluster(rendered);
        int controllers = Kafka.nodes(rendered, "controller");

        assertThat(kafka.<Object>get("spec", "zookeeper")).as("no ZooKeeper").isNull();
        assertThat(controllers).as("KRaft controllers, an odd number for a majority quorum").isOdd();
        assertThat(Kafka.nodes(rendered, "broker")).as("brokers").isPositive();
        if (overlay.production()) {
            assertThat(controllers).as("controllers in production").isGreaterThanOrEqualTo(3);
            assertThat(Kafka.nodes(rendered, "broker")).as("brokers in production").isGreaterThanOrEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void neitherTheBrokersNorTheServicesCreateTopics(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);
        Map<String, Object> brokerConfig = Kafka.cluster(rendered).get("spec", "kafka", "config");

        assertThat(String.valueOf(brokerConfig.get("auto.create.topics.enable"))).isEqualTo("false");
        for (String service : Conventions.SERVICES) {
            assertThat(rendered.configuredEnvironment(rendered.serviceDeployment(service)))
                    .as(service).containsEntry("SPRING_CLOUD_STREAM_KAFKA_BINDER_AUTO_CREATE_TOPICS", "false");
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theServicesConnectToTheClustersBootstrapServiceOnItsListener(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);
        GenericKubernetesResource kafka = Kafka.cluster(rendered);
        List<Map<String, Object>> listeners = kafka.get("spec", "kafka", "listeners");
        Set<String> addresses = Set.copyOf(listeners.stream()
                .map(listener -> kafka.getMetadata().getName() + "-kafka-bootstrap:" + listener.get("port")).toList());

        for (String service : Conventions.SERVICES) {
            assertThat(rendered.configuredEnvironment(rendered.serviceDeployment(service))
                    .get("SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS")).as(service).isIn(addresses);
        }
    }

    private static String sources() {
        return ServiceConfigurations.all().stream()
                .map(service -> service.service() + (service.fromApplicationYml() ? " (application.yml)" : " (conventions)"))
                .toList().toString();
    }
}
