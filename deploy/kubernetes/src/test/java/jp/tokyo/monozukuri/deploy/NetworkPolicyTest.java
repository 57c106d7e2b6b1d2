package jp.tokyo.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.Map;
import java.util.stream.Collectors;
import jp.tokyo.monozukuri.deploy.NetworkPolicies.Endpoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every connection the services make passes the namespace's policies (default-deny plus each workload's own) on
 * both ends, and the connections nobody needs do not: another service's database, SMTP from a service that sends no
 * mail, the management port from the Gateway, anything from an unlabelled pod.
 */
class NetworkPolicyTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theNamespaceDeniesEverythingNotExplicitlyAllowed(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        assertThat(rendered.find(NetworkPolicy.class, "default-deny")).hasValueSatisfying(policy -> {
            assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(policy.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
            assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(policy.getSpec().getIngress()).isNullOrEmpty();
            assertThat(policy.getSpec().getEgress()).isNullOrEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyConnectionAServiceMakesIsAllowedAtBothEnds(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);
        NetworkPolicies policies = new NetworkPolicies(rendered);
        String namespace = overlay.namespace();
        Endpoint dns = Endpoint.pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"));
        Endpoint broker = broker(rendered);
        int brokerPort = brokerPort(rendered, "plan-service");

        for (String service : Conventions.SERVICES) {
            Endpoint pod = service(rendered, service);
            assertThat(policies.allows(pod, dns, 53, "UDP")).as(service + " → DNS (UDP)").isTrue();
            assertThat(policies.allows(pod, dns, 53, "TCP")).as(service + " → DNS (TCP)").isTrue();
            assertThat(policies.allows(pod, broker, brokerPort(rendered, service), "TCP"))
                    .as(service + " → brokers :" + brokerPort).isTrue();
            assertThat(policies.allows(pod, Endpoint.outside("JWKS"), 443, "TCP")).as(service + " → JWKS").isTrue();
            assertThat(policies.allows(pod, Endpoint.pod("collector", "monitoring", Map.of()), 4318, "TCP"))
                    .as(service + " → OTLP collector").isTrue();
            for (String other : Conventions.SERVICES) {
                assertThat(policies.allows(pod, mongo(rendered, other), 27017, "TCP"))
                        .as(service + " → MongoDB of " + other).isEqualTo(other.equals(service));
            }
            boolean sendsMail = service.equals("notification-service");
            assertThat(policies.allows(pod, Endpoint.outside("SMTP relay"), 587, "TCP"))
                    .as(service + " → SMTP submission").isEqualTo(sendsMail);
            assertThat(policies.allows(pod, Endpoint.outside("SMTPS"), 465, "TCP")).as(service + " → 465").isFalse();
            assertThat(policies.allows(pod, Endpoint.outside("anywhere"), 80, "TCP")).as(service + " → :80").isFalse();
        }
        if (!overlay.production()) {
            Endpoint mailpit = Endpoint.pod("mailpit", namespace, Map.of("app.kubernetes.io/name", "mailpit"));
            assertThat(policies.allows(service(rendered, "notification-service"), mailpit, 1025, "TCP"))
                    .as("notification-service → the mail catcher").isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void onlyTheGatewayThePortalsAndPrometheusReachAService(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);
        NetworkPolicies policies = new NetworkPolicies(rendered);
        Endpoint gateway = Endpoint.pod("Gateway proxy", "gateway-system", Map.of());
        Endpoint prometheus = Endpoint.pod("Prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
        Endpoint portal = Endpoint.pod("portal", overlay.namespace(),
                Map.of("monozukuri.metro.tokyo.example/api-client", "true"));
        Endpoint stranger = Endpoint.pod("an unlabelled pod", overlay.namespace(), Map.of("app", "debug"));

        for (String service : Conventions.SERVICES) {
            Endpoint pod = service(rendered, service);
            assertThat(policies.allows(gateway, pod, 8080, "TCP")).as("Gateway → " + service + " http").isTrue();
            assertThat(policies.allows(portal, pod, 8080, "TCP")).as("portal → " + service + " http").isTrue();
            assertThat(policies.allows(prometheus, pod, 9090, "TCP")).as("Prometheus → " + service + " management").isTrue();
            assertThat(policies.allows(gateway, pod, 9090, "TCP")).as("Gateway → " + service + " management").isFalse();
            assertThat(policies.allows(stranger, pod, 8080, "TCP")).as("stranger → " + service).isFalse();
            assertThat(policies.allows(stranger, mongo(rendered, service), 27017, "TCP"))
                    .as("stranger → MongoDB of " + service).isFalse();
        }
        assertThat(policies.allows(stranger, broker(rendered), 9093, "TCP")).as("stranger → brokers").isFalse();
        assertThat(policies.allows(prometheus, broker(rendered), 9404, "TCP")).as("Prometheus → broker metrics").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theToolsTheBackupsTheReplicaSetsAndKedaReachWhatTheyNeed(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);
        NetworkPolicies policies = new NetworkPolicies(rendered);
        Endpoint broker = broker(rendered);
        Deployment client = rendered.deployment("kafka-client");
        Endpoint tools = Endpoint.pod("kafka-client", overlay.namespace(), DeploymentInvariantsTest.podLabels(client));
        Endpoint keda = Endpoint.pod("KEDA", "keda", Map.of("app", "keda-operator"));

        assertThat(policies.allows(tools, broker, 9093, "TCP")).as("kafka-client → brokers").isTrue();
        assertThat(policies.allows(keda, broker, 9093, "TCP")).as("KEDA → brokers").isEqualTo(overlay.keda());
        for (String service : Conventions.SERVICES) {
            Endpoint database = mongo(rendered, service);
            assertThat(policies.allows(database, database, 27017, "TCP")).as(service + " replica set members").isTrue();
            CronJob backup = rendered.find(CronJob.class, MongoDbTest.replicaSetOf(rendered, service).getMetadata()
                    .getName() + "-backup").orElseThrow();
            Endpoint job = Endpoint.pod("backup of " + service, overlay.namespace(),
                    backup.getSpec().getJobTemplate().getSpec().getTemplate().getMetadata().getLabels());
            for (String other : Conventions.SERVICES) {
                assertThat(policies.allows(job, mongo(rendered, other), 27017, "TCP"))
                        .as("backup of " + service + " → MongoDB of " + other).isEqualTo(other.equals(service));
            }
        }
    }

    static Endpoint service(Rendered rendered, String service) {
        Deployment deployment = rendered.serviceDeployment(service);
        Map<String, Integer> ports = Rendered.app(deployment).getPorts().stream()
                .collect(Collectors.toMap(ContainerPort::getName, ContainerPort::getContainerPort));
        return Endpoint.pod(service, rendered.overlay().namespace(), DeploymentInvariantsTest.podLabels(deployment))
                .withPorts(ports);
    }

    private static Endpoint broker(Rendered rendered) {
        // The labels Strimzi gives a broker pod of node pool "brokers" (or "brokers" with both roles in dev).
        return Endpoint.pod("broker", rendered.overlay().namespace(), Map.of(
                "strimzi.io/cluster", Kafka.cluster(rendered).getMetadata().getName(), "strimzi.io/kind", "Kafka",
                "strimzi.io/broker-role", "true", "strimzi.io/pool-name", "brokers"));
    }

    private static int brokerPort(Rendered rendered, String service) {
        String brokers = rendered.configuredEnvironment(rendered.serviceDeployment(service))
                .get("SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS");
        return Integer.parseInt(brokers.substring(brokers.lastIndexOf(':') + 1));
    }

    private static Endpoint mongo(Rendered rendered, String service) {
        // MongoDB Controllers for Kubernetes label a replica set's pods app=<resource name>-svc.
        return Endpoint.pod("MongoDB of " + service, rendered.overlay().namespace(),
                Map.of("app", MongoDbTest.replicaSetOf(rendered, service).getMetadata().getName() + "-svc"));
    }
}
