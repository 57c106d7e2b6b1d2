package jp.tokyo.monozukuri.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders an overlay with {@code kubectl kustomize}, exactly as operators do before applying it, and reads the
 * result into the fabric8 Kubernetes model (custom resources such as Kafka come back as generic resources).
 * Where kubectl is missing the test fails (Tools): the manifests must be checked in CI, not skipped.
 */
final class Kustomize {

    private static final Map<Overlay, String> YAML = new ConcurrentHashMap<>();
    private static final Map<Overlay, Rendered> RENDERED = new ConcurrentHashMap<>();
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Kustomize() {
    }

    static Rendered render(Overlay overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> new Rendered(o, parse(yaml(o))));
    }

    /** The overlay's objects as kubectl kustomize prints them (one YAML stream). */
    static String yaml(Overlay overlay) {
        return YAML.computeIfAbsent(overlay, Kustomize::run);
    }

    private static String run(Overlay overlay) {
        Path kubectl = Tools.find("kubectl", "KUBECTL", "kubectl");
        Path directory = RepositoryPaths.kustomizeRoot().resolve(overlay.directory());
        Tools.Result result = Tools.run(Tools.command(kubectl, "kustomize", directory.toString()), null);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("kubectl kustomize " + directory + " failed: " + result.errors());
        }
        return result.output();
    }

    private static List<HasMetadata> parse(String yaml) {
        Object parsed = SERIALIZATION.unmarshal(yaml);
        if (parsed instanceof List<?> documents) {
            return documents.stream().map(HasMetadata.class::cast).toList();
        }
        return List.of((HasMetadata) parsed);
    }
}
