package jp.tokyo.monozukuri.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The objects one overlay renders to, with look-ups by kind and name. */
record Rendered(Overlay overlay, List<HasMetadata> objects) {

    static final String PART_OF = "app.kubernetes.io/part-of";
    static final String NAME_LABEL = "app.kubernetes.io/name";
    static final String SYSTEM = "monozukuri-grants";

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Custom resources (Strimzi, MongoDB, KEDA), which the model reads as generic resources. */
    List<GenericKubernetesResource> custom(String kind) {
        return objects.stream()
                .filter(GenericKubernetesResource.class::isInstance)
                .map(GenericKubernetesResource.class::cast)
                .filter(resource -> kind.equals(resource.getKind()))
                .toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(object -> name.equals(object.getMetadata().getName())).findFirst();
    }

    Optional<GenericKubernetesResource> findCustom(String kind, String name) {
        return custom(kind).stream().filter(object -> name.equals(object.getMetadata().getName())).findFirst();
    }

    /** The Deployment of one of the four services (not, say, the dev overlay's mail catcher). */
    Deployment serviceDeployment(String service) {
        return find(Deployment.class, service)
                .filter(deployment -> SYSTEM.equals(deployment.getMetadata().getLabels().get(PART_OF)))
                .orElseThrow(() -> new AssertionError(overlay + " renders no Deployment for " + service));
    }

    /** Any Deployment by name (the services' and the tools'). */
    Deployment deployment(String name) {
        return find(Deployment.class, name).orElseThrow(() -> new AssertionError(overlay + " renders no Deployment " + name));
    }

    static Container app(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    /** The variables a service's container gets from its ConfigMaps (envFrom), as Kubernetes would set them. */
    Map<String, String> configuredEnvironment(Deployment deployment) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
            for (EnvFromSource source : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
                if (source.getConfigMapRef() == null) {
                    continue;
                }
                String name = source.getConfigMapRef().getName();
                ConfigMap configMap = find(ConfigMap.class, name).orElseThrow(() -> new AssertionError(
                        deployment.getMetadata().getName() + " reads ConfigMap " + name + ", which " + overlay
                                + " does not render"));
                environment.putAll(Objects.requireNonNullElse(configMap.getData(), Map.of()));
            }
        }
        return environment;
    }
}
