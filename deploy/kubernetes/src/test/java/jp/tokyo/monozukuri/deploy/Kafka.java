package jp.tokyo.monozukuri.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Reads the Strimzi resources of a rendered overlay. */
final class Kafka {

    private Kafka() {
    }

    static GenericKubernetesResource cluster(Rendered rendered) {
        List<GenericKubernetesResource> clusters = rendered.custom("Kafka");
        if (clusters.size() != 1) {
            throw new AssertionError(rendered.overlay() + " renders " + clusters.size() + " Kafka clusters, not one");
        }
        return clusters.get(0);
    }

    /** Topic name → its KafkaTopic (spec.topicName wins over the resource name, as in Strimzi). */
    static Map<String, GenericKubernetesResource> topics(Rendered rendered) {
        Map<String, GenericKubernetesResource> topics = new TreeMap<>();
        for (GenericKubernetesResource topic : rendered.custom("KafkaTopic")) {
            String name = Objects.requireNonNullElse(topic.get("spec", "topicName"), topic.getMetadata().getName());
            topics.put(name, topic);
        }
        return topics;
    }

    static int partitions(GenericKubernetesResource topic) {
        return number(topic.get("spec", "partitions"), topic, "spec.partitions");
    }

    static int replicas(GenericKubernetesResource topic) {
        return number(topic.get("spec", "replicas"), topic, "spec.replicas");
    }

    static Map<String, Object> config(GenericKubernetesResource topic) {
        Map<String, Object> config = topic.get("spec", "config");
        return config == null ? Map.of() : config;
    }

    /** Nodes of a role ("broker" or "controller") across the cluster's node pools. */
    static int nodes(Rendered rendered, String role) {
        String cluster = cluster(rendered).getMetadata().getName();
        return rendered.custom("KafkaNodePool").stream()
                .filter(pool -> cluster.equals(pool.getMetadata().getLabels().get("strimzi.io/cluster")))
                .filter(pool -> Objects.requireNonNullElse(pool.<List<String>>get("spec", "roles"), List.of()).contains(role))
                .mapToInt(pool -> number(pool.get("spec", "replicas"), pool, "spec.replicas"))
                .sum();
    }

    static int number(Object value, GenericKubernetesResource owner, String field) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof String text && text.matches("\\d+")) {
            return Integer.parseInt(text);
        }
        throw new AssertionError(owner.getKind() + " " + owner.getMetadata().getName() + " states no " + field
                + " (found " + value + ")");
    }
}
