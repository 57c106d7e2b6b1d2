package jp.tokyo.monozukuri.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders an overlay with {@code kubectl kustomize}, exactly as operators do before applying it, and reads the
 * result into the fabric8 Kubernetes model (custom resources such as Kafka come back as generic resources).
 * Where kubectl is missing the calling test is skipped with a message, not failed.
 */
final class Kustomize {

    private static final Map<Overlay, Rendered> RENDERED = new ConcurrentHashMap<>();
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Kustomize() {
    }

    static Rendered render(Overlay overlay) {
        Optional<Path> kubectl = kubectl();
        assumeTrue(kubectl.isPresent(),
                "kubectl is not installed (neither $KUBECTL nor on PATH): the Kubernetes manifests were not rendered");
        return RENDERED.computeIfAbsent(overlay, o -> new Rendered(o, parse(run(kubectl.get(), o))));
    }

    private static Optional<Path> kubectl() {
        String configured = System.getenv("KUBECTL");
        Stream<Path> candidates = Stream.concat(
                Stream.ofNullable(configured).map(Path::of),
                Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .filter(directory -> !directory.isBlank())
                        .map(directory -> Path.of(directory, "kubectl")));
        return candidates.filter(Files::isExecutable).findFirst();
    }

    private static String run(Path kubectl, Overlay overlay) {
        Path directory = RepositoryPaths.kustomizeRoot().resolve(overlay.directory());
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(kubectl.toString(), "kustomize", directory.toString())
                        .redirectError(errors.toFile())
                        .start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("kubectl kustomize " + directory + " did not finish in 2 minutes");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("kubectl kustomize " + directory + " failed: "
                            + Files.readString(errors, StandardCharsets.UTF_8));
                }
                return output;
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + directory, e);
        }
    }

    private static List<HasMetadata> parse(String yaml) {
        Object parsed = SERIALIZATION.unmarshal(yaml);
        if (parsed instanceof List<?> documents) {
            return documents.stream().map(HasMetadata.class::cast).toList();
        }
        return List.of((HasMetadata) parsed);
    }
}
