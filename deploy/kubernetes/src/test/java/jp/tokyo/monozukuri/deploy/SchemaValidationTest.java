package jp.tokyo.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Every rendered object against the schema an API server of the lowest supported Kubernetes (1.33) and the pinned
 * operators would apply, strictly: a field the schema does not know is refused, not pruned (src/test/python/
 * validate.py; schemas and their sources in src/test/resources/schemas). Broken copies prove the validator fails.
 */
class SchemaValidationTest {

    private static final Path SCHEMAS = RepositoryPaths.kustomizeRoot().resolve("src/test/resources/schemas");
    private static final Path VALIDATOR = RepositoryPaths.kustomizeRoot().resolve("src/test/python/validate.py");

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyRenderedObjectIsValidAgainstTheSchemasOfThePinnedVersions(Overlay overlay) {
        Tools.Result result = validate(Kustomize.yaml(overlay));

        assertThat(result.output()).as(overlay + ": schema violations").isEmpty();
        assertThat(result.exitCode()).as(result.errors()).isZero();
        assertThat(result.errors()).contains("validated " + Kustomize.render(overlay).objects().size() + " objects");
    }

    @Test
    void theNamespacesAppliedOnceAreValidToo() throws IOException {
        StringBuilder namespaces = new StringBuilder();
        for (Overlay overlay : Overlay.values()) {
            namespaces.append("---\n").append(Files.readString(
                    RepositoryPaths.kustomizeRoot().resolve("namespaces/" + overlay.namespace() + ".yaml")));
        }
        Tools.Result result = validate(namespaces.toString());

        assertThat(result.output()).isEmpty();
        assertThat(result.exitCode()).as(result.errors()).isZero();
    }

    @Test
    void aBrokenCopyIsRefusedForEachKindOfMistake() {
        List<Map<String, Object>> objects = objects(Kustomize.yaml(Overlay.PROD));
        for (Map<String, Object> object : objects) {
            Map<String, Object> metadata = map(object.get("metadata"));
            switch (object.get("kind") + "/" + metadata.get("name")) {
                // an unknown field in a built-in kind (a typo in a probe)
                case "Deployment/plan-service" -> map(map(container(object).get("readinessProbe")).get("httpGet"))
                        .put("prot", "management");
                // a wrong type in a built-in kind
                case "Service/grant-service" -> map(list(map(object.get("spec")).get("ports")).get(0)).put("port", "eighty");
                // an unknown field where a CRD would prune it
                case "Kafka/monozukuri" -> map(list(map(map(object.get("spec")).get("kafka")).get("listeners")).get(0))
                        .put("tlsEnabled", true);
                // a value outside a CRD's enum
                case "KafkaUser/plan-service" -> map(map(object.get("spec")).get("authentication")).put("type", "mtls");
                // a misspelt metadata field on a custom resource
                case "MongoDBCommunity/approval-mongodb" -> metadata.put("lables", Map.of("a", "b"));
                // a typo in the pod template the MongoDB operator merges into its StatefulSet (unchecked by its CRD)
                case "MongoDBCommunity/grant-mongodb" -> map(map(map(map(map(map(object.get("spec")).get("statefulSet"))
                        .get("spec")).get("template")).get("spec")).get("affinity")).put("podAntiAfinity", Map.of());
                // a missing required field
                case "HTTPRoute/notification-service" -> map(list(map(object.get("spec")).get("parentRefs")).get(0))
                        .remove("name");
                default -> { }
            }
        }
        objects.add(Map.of("apiVersion", "keda.sh/v1beta9", "kind", "ScaledObject", "metadata", Map.of("name", "x")));

        Tools.Result result = validate(dump(objects));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output().lines()).anyMatch(line -> line.startsWith("Deployment/plan-service:")
                        && line.contains("readinessProbe/httpGet") && line.contains("'prot'"))
                .anyMatch(line -> line.startsWith("Service/grant-service: spec/ports/0/port"))
                .anyMatch(line -> line.startsWith("Kafka/monozukuri: spec/kafka/listeners/0") && line.contains("tlsEnabled"))
                .anyMatch(line -> line.startsWith("KafkaUser/plan-service: spec/authentication/type"))
                .anyMatch(line -> line.startsWith("MongoDBCommunity/approval-mongodb: metadata") && line.contains("lables"))
                .anyMatch(line -> line.startsWith("HTTPRoute/notification-service: spec/parentRefs/0")
                        && line.contains("'name' is a required property"))
                .anyMatch(line -> line.startsWith("MongoDBCommunity/grant-mongodb: spec/statefulSet/spec/template/spec/affinity")
                        && line.contains("podAntiAfinity"))
                .anyMatch(line -> line.startsWith("ScaledObject/x: no schema for keda.sh/v1beta9/ScaledObject"))
                .hasSize(8);
    }

    private static Tools.Result validate(String yaml) {
        Path python = Tools.find("python3", "PYTHON3", "python3 (with python3-jsonschema and python3-yaml)");
        try {
            Path file = Files.createTempFile("rendered", ".yaml");
            try {
                Files.writeString(file, yaml, StandardCharsets.UTF_8);
                return Tools.run(Tools.command(python, VALIDATOR.toString(), SCHEMAS.toString(), file.toString()), null);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> objects(String yaml) {
        List<Map<String, Object>> objects = new ArrayList<>();
        new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml).forEach(object -> objects.add(map(object)));
        return objects;
    }

    private static String dump(List<Map<String, Object>> objects) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(new Representer(options), options).dumpAll(objects.iterator());
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        return map(list(map(map(map(deployment.get("spec")).get("template")).get("spec")).get("containers")).get(0));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
