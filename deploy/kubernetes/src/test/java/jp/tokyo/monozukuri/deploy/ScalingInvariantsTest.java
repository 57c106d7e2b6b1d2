package jp.tokyo.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Scaling that holds: a consumer group has at most as many busy members as its topic has partitions, so no
 * autoscaler may go beyond the partitions of any topic its service consumes; production keeps at least three
 * replicas of every service (their relays, scheduled checks and number sequences are safe at three).
 */
class ScalingInvariantsTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void noAutoscalerExceedsThePartitionsOfATopicItsServiceConsumes(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);
        Map<String, GenericKubernetesResource> topics = Kafka.topics(rendered);

        for (String service : Conventions.SERVICES) {
            int ceiling = maxReplicas(rendered, service);
            for (String topic : ServiceConfigurations.of(service).consumedTopics()) {
                assertThat(topics).as(service + " consumes " + topic).containsKey(topic);
                assertThat(ceiling).as(service + " may scale to " + ceiling + " replicas; " + topic + " has "
                        + Kafka.partitions(topics.get(topic)) + " partitions")
                        .isLessThanOrEqualTo(Kafka.partitions(topics.get(topic)));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyDeploymentHasExactlyOneAutoscalerAndNoFixedReplicaCount(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            long horizontalPodAutoscalers = rendered.all(HorizontalPodAutoscaler.class).stream()
                    .filter(hpa -> hpa.getSpec().getScaleTargetRef().getName().equals(service)).count();
            long scaledObjects = rendered.custom("ScaledObject").stream()
                    .filter(scaledObject -> service.equals(scaledObject.get("spec", "scaleTargetRef", "name"))).count();

            assertThat(horizontalPodAutoscalers + scaledObjects)
                    .as(service + ": two autoscalers on one Deployment fight each other").isEqualTo(1);
            assertThat(rendered.serviceDeployment(service).getSpec().getReplicas())
                    .as(service + ": the autoscaler owns the replica count; an apply must not reset it").isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Overlay.class, names = {"PROD", "PROD_CPU"})
    void productionRunsAtLeastThreeReplicasOfEveryService(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            assertThat(minReplicas(rendered, service)).as(service + " minimum replicas").isGreaterThanOrEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Overlay.class, names = {"PROD", "PROD_CPU"})
    void theApiHeavyServicesScaleOnCpu(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : List.of("plan-service", "approval-service", "grant-service")) {
            Set<String> signals = new TreeSet<>();
            rendered.find(HorizontalPodAutoscaler.class, service).ifPresent(hpa -> hpa.getSpec().getMetrics()
                    .forEach(metric -> signals.add(metric.getResource() == null ? metric.getType()
                            : metric.getResource().getName())));
            rendered.findCustom("ScaledObject", service).ifPresent(scaledObject ->
                    ScalingInvariantsTest.<List<Map<String, Object>>>spec(scaledObject, "triggers")
                            .forEach(trigger -> signals.add(String.valueOf(trigger.get("type")))));
            assertThat(signals).as(service + " scales on").contains("cpu");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Overlay.class, names = "PROD")
    void kedaScalesEachServiceOnTheLagOfItsOwnGroupOnEveryTopicItConsumes(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            GenericKubernetesResource scaledObject = rendered.findCustom("ScaledObject", service).orElseThrow();
            List<Map<String, Object>> kafkaTriggers = ScalingInvariantsTest.<List<Map<String, Object>>>spec(scaledObject, "triggers")
                    .stream().filter(trigger -> "kafka".equals(trigger.get("type"))).toList();
            Set<String> topics = new TreeSet<>();
            for (Map<String, Object> trigger : kafkaTriggers) {
                @SuppressWarnings("unchecked")
                Map<String, Object> metadata = (Map<String, Object>) trigger.get("metadata");
                assertThat(metadata).as(service + " lag trigger").containsEntry("consumerGroup", service);
                // KEDA's scalers run in KEDA's namespace: the service's own short name would not resolve there.
                String brokers = rendered.configuredEnvironment(rendered.serviceDeployment(service))
                        .get("SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS");
                String host = brokers.substring(0, brokers.indexOf(':'));
                assertThat(String.valueOf(metadata.get("bootstrapServers"))).as(service + " lag trigger's brokers")
                        .isEqualTo(host + "." + overlay.namespace() + ".svc" + brokers.substring(brokers.indexOf(':')));
                assertThat(metadata).as(service + " lag trigger speaks TLS, like the listener").containsEntry("tls", "enable");
                assertThat(trigger).as(service + " lag trigger authenticates").containsKey("authenticationRef");
                topics.add(String.valueOf(metadata.get("topic")));
            }
            assertThat(topics).as(service + " lag triggers").isEqualTo(ServiceConfigurations.of(service).consumedTopics());
            assertThat(ScalingInvariantsTest.<Map<String, Object>>spec(scaledObject, "fallback"))
                    .as(service + ": replicas to hold while the lag cannot be read").containsKeys("failureThreshold", "replicas");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Overlay.class, names = "PROD")
    void notificationServiceAlsoScalesOnItsBacklogOfNotices(Overlay overlay) throws java.io.IOException {
        Rendered rendered = Kustomize.render(overlay);
        GenericKubernetesResource scaledObject = rendered.findCustom("ScaledObject", "notification-service").orElseThrow();

        List<Map<String, Object>> prometheus = ScalingInvariantsTest.<List<Map<String, Object>>>spec(scaledObject, "triggers")
                .stream().filter(trigger -> "prometheus".equals(trigger.get("type"))).toList();
        assertThat(prometheus).as("notification-service backlog trigger").hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> metadata = (Map<String, Object>) prometheus.get(0).get("metadata");
        String query = String.valueOf(metadata.get("query"));
        assertThat(MonitoringTest.metricsIn(query)).as(query).containsExactly("notices");
        assertThat(MonitoringTest.exported()).as("notification-service exports notices{status}").contains("notices");
        assertThat(query).as(query).contains("status=\"PENDING\"").contains("namespace=\"" + overlay.namespace() + "\"");
        assertThat(String.valueOf(metadata.get("serverAddress"))).as("Prometheus, by its namespace-qualified name")
                .matches("http://[a-z0-9-]+\\.[a-z0-9-]+\\.svc:\\d+");
    }

    /**
     * KEDA's admission webhook refuses a ScaledObject whose workload already has a HorizontalPodAutoscaler it does
     * not own, unless the ScaledObject asks to take it over by name: moving from prod-cpu to prod must not fail.
     */
    @ParameterizedTest
    @EnumSource(value = Overlay.class, names = "PROD")
    void kedaTakesOverTheCpuAutoscalerOfTheSameNameInsteadOfBeingRefused(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);
        Rendered cpu = Kustomize.render(Overlay.PROD_CPU);

        for (String service : Conventions.SERVICES) {
            GenericKubernetesResource scaledObject = rendered.findCustom("ScaledObject", service).orElseThrow();
            String hpaName = cpu.find(HorizontalPodAutoscaler.class, service).orElseThrow().getMetadata().getName();
            assertThat(scaledObject.getMetadata().getAnnotations())
                    .containsEntry("scaledobject.keda.sh/transfer-hpa-ownership", "true");
            assertThat(scaledObject.<String>get("spec", "advanced", "horizontalPodAutoscalerConfig", "name"))
                    .as(service).isEqualTo(hpaName);
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void aDisruptionTakesDownAtMostOnePodOfAService(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            Deployment deployment = rendered.serviceDeployment(service);
            PodDisruptionBudget budget = rendered.find(PodDisruptionBudget.class, service).orElseThrow();

            assertThat(Selectors.matches(budget.getSpec().getSelector(), DeploymentInvariantsTest.podLabels(deployment)))
                    .as("PodDisruptionBudget " + service + " selects its pods").isTrue();
            assertThat(budget.getSpec().getMaxUnavailable()).as(service).isEqualTo(new IntOrString(1));
            assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable())
                    .as(service + ": a rollout starts a new pod before it stops an old one").isEqualTo(new IntOrString(0));
        }
    }

    private static int maxReplicas(Rendered rendered, String service) {
        return rendered.find(HorizontalPodAutoscaler.class, service)
                .map(hpa -> hpa.getSpec().getMaxReplicas())
                .orElseGet(() -> Kafka.number(spec(scaledObject(rendered, service), "maxReplicaCount"),
                        scaledObject(rendered, service), "spec.maxReplicaCount"));
    }

    private static int minReplicas(Rendered rendered, String service) {
        return rendered.find(HorizontalPodAutoscaler.class, service)
                .map(hpa -> Objects.requireNonNullElse(hpa.getSpec().getMinReplicas(), 1))
                .orElseGet(() -> Kafka.number(spec(scaledObject(rendered, service), "minReplicaCount"),
                        scaledObject(rendered, service), "spec.minReplicaCount"));
    }

    private static GenericKubernetesResource scaledObject(Rendered rendered, String service) {
        return rendered.findCustom("ScaledObject", service)
                .orElseThrow(() -> new AssertionError(service + " has neither a HorizontalPodAutoscaler nor a ScaledObject"));
    }

    private static <T> T spec(GenericKubernetesResource resource, String field) {
        return resource.get("spec", field);
    }
}
