package jp.tokyo.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each service reaches the Kafka brokers and its own MongoDB replica set, never another service's; the brokers'
 * listener lets the service pods in.
 */
class NetworkPolicyTest {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void aServiceMayReachItsOwnReplicaSetButNoOtherServicesOne(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            NetworkPolicy policy = rendered.find(NetworkPolicy.class, service).orElseThrow();
            for (String other : Conventions.SERVICES) {
                Map<String, String> replicaSetPods = mongoPodLabels(rendered, other);
                assertThat(allowsEgress(policy, replicaSetPods, 27017))
                        .as(service + " → MongoDB of " + other).isEqualTo(other.equals(service));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theServicesAndTheBrokersListenerLetEachOtherIn(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);
        GenericKubernetesResource kafka = Kafka.cluster(rendered);
        Map<String, Object> listener = kafka.<List<Map<String, Object>>>get("spec", "kafka", "listeners").get(0);
        int port = Kafka.number(listener.get("port"), kafka, "listener port");
        Map<String, String> brokerPods = Map.of("strimzi.io/cluster", kafka.getMetadata().getName(),
                "strimzi.io/broker-role", "true");
        @SuppressWarnings("unchecked")
        List<Object> declaredPeers = (List<Object>) listener.getOrDefault("networkPolicyPeers", List.of());
        List<NetworkPolicyPeer> peers = declaredPeers.stream()
                .map(peer -> SERIALIZATION.convertValue(peer, NetworkPolicyPeer.class)).toList();

        for (String service : Conventions.SERVICES) {
            Map<String, String> pods = DeploymentInvariantsTest.podLabels(rendered.serviceDeployment(service));
            NetworkPolicy policy = rendered.find(NetworkPolicy.class, service).orElseThrow();

            assertThat(allowsEgress(policy, brokerPods, port)).as(service + " → brokers on " + port).isTrue();
            assertThat(peers).as("the listener lets " + service + " in")
                    .anyMatch(peer -> peer.getNamespaceSelector() == null && Selectors.matches(peer.getPodSelector(), pods));
        }
    }

    private static Map<String, String> mongoPodLabels(Rendered rendered, String service) {
        // MongoDB Controllers for Kubernetes label a replica set's pods app=<resource name>-svc.
        return Map.of("app", MongoDbTest.replicaSetOf(rendered, service).getMetadata().getName() + "-svc");
    }

    /** Whether a pod selected by this policy may open a connection to a pod in its namespace with these labels. */
    private static boolean allowsEgress(NetworkPolicy policy, Map<String, String> target, int port) {
        return policy.getSpec().getEgress().stream().anyMatch(rule -> allowsPort(rule, port) && allowsPeer(rule, target));
    }

    private static boolean allowsPort(NetworkPolicyEgressRule rule, int port) {
        return rule.getPorts() == null || rule.getPorts().isEmpty() || rule.getPorts().stream()
                .anyMatch(allowed -> allowed.getPort() == null || new IntOrString(port).equals(allowed.getPort()));
    }

    private static boolean allowsPeer(NetworkPolicyEgressRule rule, Map<String, String> target) {
        if (rule.getTo() == null || rule.getTo().isEmpty()) {
            return true;
        }
        return rule.getTo().stream().anyMatch(peer -> peer.getIpBlock() == null
                && peer.getNamespaceSelector() == null
                && Selectors.matches(Objects.requireNonNullElse(peer.getPodSelector(), new LabelSelector()), target));
    }
}
