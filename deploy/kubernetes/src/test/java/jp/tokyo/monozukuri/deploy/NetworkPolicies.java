package jp.tokyo.monozukuri.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * NetworkPolicy semantics as a cluster's network plugin applies them: a connection passes when the source's
 * egress and the destination's ingress both allow it; a pod no policy of a direction selects is open in that
 * direction; policies add up. Besides the rendered policies, the one Strimzi writes for the brokers' listener
 * (from its networkPolicyPeers) is taken into account.
 */
final class NetworkPolicies {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** A pod (namespace, labels, named ports) or, with a null namespace, an address outside the cluster. */
    record Endpoint(String description, String namespace, Map<String, String> labels, Map<String, Integer> ports) {

        static Endpoint pod(String description, String namespace, Map<String, String> labels) {
            return new Endpoint(description, namespace, labels, Map.of());
        }

        static Endpoint outside(String description) {
            return new Endpoint(description, null, Map.of(), Map.of());
        }

        Endpoint withPorts(Map<String, Integer> named) {
            return new Endpoint(description, namespace, labels, named);
        }

        Map<String, String> namespaceLabels() {
            return Map.of("kubernetes.io/metadata.name", namespace);
        }
    }

    private final String namespace;
    private final List<NetworkPolicy> policies;

    NetworkPolicies(Rendered rendered) {
        this.namespace = rendered.overlay().namespace();
        this.policies = new ArrayList<>(rendered.all(NetworkPolicy.class));
        this.policies.addAll(strimziListenerPolicies(rendered));
    }

    boolean allows(Endpoint from, Endpoint to, int port, String protocol) {
        return egressAllows(from, to, port, protocol) && ingressAllows(from, to, port, protocol);
    }

    private boolean egressAllows(Endpoint from, Endpoint to, int port, String protocol) {
        if (!namespace.equals(from.namespace())) {
            return true; // another namespace's policies are not ours to check
        }
        List<NetworkPolicy> selecting = selecting(from, "Egress");
        return selecting.isEmpty() || selecting.stream().anyMatch(policy -> policy.getSpec().getEgress() != null
                && policy.getSpec().getEgress().stream().anyMatch(rule ->
                        ports(rule.getPorts(), to, port, protocol) && peers(rule.getTo(), to)));
    }

    private boolean ingressAllows(Endpoint from, Endpoint to, int port, String protocol) {
        if (!namespace.equals(to.namespace())) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(to, "Ingress");
        return selecting.isEmpty() || selecting.stream().anyMatch(policy -> policy.getSpec().getIngress() != null
                && policy.getSpec().getIngress().stream().anyMatch(rule ->
                        ports(rule.getPorts(), to, port, protocol) && peers(rule.getFrom(), from)));
    }

    private List<NetworkPolicy> selecting(Endpoint pod, String direction) {
        return policies.stream()
                .filter(policy -> Selectors.matches(policy.getSpec().getPodSelector(), pod.labels()))
                .filter(policy -> types(policy).contains(direction))
                .toList();
    }

    private static List<String> types(NetworkPolicy policy) {
        if (policy.getSpec().getPolicyTypes() != null && !policy.getSpec().getPolicyTypes().isEmpty()) {
            return policy.getSpec().getPolicyTypes();
        }
        return policy.getSpec().getEgress() == null ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    private static boolean ports(List<NetworkPolicyPort> ports, Endpoint to, int port, String protocol) {
        return ports == null || ports.isEmpty() || ports.stream().anyMatch(allowed ->
                Objects.requireNonNullElse(allowed.getProtocol(), "TCP").equals(protocol)
                        && (allowed.getPort() == null || number(allowed.getPort(), to) == port
                        || (allowed.getEndPort() != null && number(allowed.getPort(), to) <= port
                        && port <= allowed.getEndPort())));
    }

    private static int number(IntOrString port, Endpoint to) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return to.ports().getOrDefault(port.getStrVal(), -1);
    }

    private boolean peers(List<NetworkPolicyPeer> peers, Endpoint other) {
        return peers == null || peers.isEmpty() || peers.stream().anyMatch(peer -> peer(peer, other));
    }

    private boolean peer(NetworkPolicyPeer peer, Endpoint other) {
        if (peer.getIpBlock() != null) {
            // an address block stands for addresses outside the cluster here (pod addresses are not known)
            return other.namespace() == null && peer.getIpBlock().getCidr().equals("0.0.0.0/0");
        }
        if (other.namespace() == null) {
            return false;
        }
        boolean namespaceMatches = peer.getNamespaceSelector() == null
                ? other.namespace().equals(namespace)
                : Selectors.matches(peer.getNamespaceSelector(), other.namespaceLabels());
        LabelSelector pods = Objects.requireNonNullElse(peer.getPodSelector(), new LabelSelector());
        return namespaceMatches && Selectors.matches(pods, other.labels());
    }

    /** Strimzi's policy for the brokers: each listener's port open to its networkPolicyPeers (to all without). */
    private static List<NetworkPolicy> strimziListenerPolicies(Rendered rendered) {
        List<NetworkPolicy> generated = new ArrayList<>();
        for (GenericKubernetesResource kafka : rendered.custom("Kafka")) {
            List<Map<String, Object>> listeners = kafka.get("spec", "kafka", "listeners");
            List<Map<String, Object>> ingress = new ArrayList<>();
            for (Map<String, Object> listener : listeners) {
                ingress.add(Map.of("ports", List.of(Map.of("port", listener.get("port"), "protocol", "TCP")),
                        "from", listener.getOrDefault("networkPolicyPeers", List.of())));
            }
            Map<String, Object> policy = Map.of("apiVersion", "networking.k8s.io/v1", "kind", "NetworkPolicy",
                    "metadata", Map.of("name", kafka.getMetadata().getName() + "-network-policy-kafka"),
                    "spec", Map.of("podSelector", Map.of("matchLabels", Map.of(
                                    "strimzi.io/cluster", kafka.getMetadata().getName(), "strimzi.io/kind", "Kafka")),
                            "policyTypes", List.of("Ingress"), "ingress", ingress));
            generated.add(SERIALIZATION.convertValue(policy, NetworkPolicy.class));
        }
        return generated;
    }
}
