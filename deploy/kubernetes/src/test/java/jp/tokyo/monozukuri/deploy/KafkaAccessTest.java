package jp.tokyo.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may talk to the brokers, and with which rights: the pinned Strimzi supports the pinned Kafka; the only
 * listener is TLS with client certificates and simple authorization; each service's KafkaUser grants exactly what
 * its application.yml uses, and the service presents that user's certificate.
 */
class KafkaAccessTest {

    private static final Path SCHEMAS = RepositoryPaths.kustomizeRoot().resolve("src/test/resources/schemas");
    private static final Pattern VERSION_ROW = Pattern.compile("^\\| ([^|]+?) \\| ([^|]+?) \\|", Pattern.MULTILINE);

    @Test
    void thePinnedKafkaIsOneThePinnedStrimziSupportsAndTheReadmeSaysBoth() throws IOException {
        Map<String, String> supported = supportedVersions();
        String strimzi = supported.get("Strimzi");
        String kafka = supported.get("Apache Kafka");
        JsonNode versions = JsonMapper.builder().build().readTree(
                Files.readString(SCHEMAS.resolve("strimzi-" + strimzi + "-kafka-versions.json"), StandardCharsets.UTF_8));
        GenericKubernetesResource cluster = Kafka.cluster(Kustomize.render(Overlay.PROD));

        assertThat(cluster.<String>get("spec", "kafka", "version")).as("Kafka's version, deploy/README.md").isEqualTo(kafka);
        JsonNode entry = null;
        for (JsonNode version : versions.path("versions")) {
            if (version.path("version").asString().equals(kafka)) {
                entry = version;
            }
        }
        assertThat(entry).as("Strimzi " + strimzi + " knows Kafka " + kafka).isNotNull();
        assertThat(entry.path("supported").asBoolean()).as("Strimzi " + strimzi + " supports Kafka " + kafka).isTrue();
        assertThat(cluster.<String>get("spec", "kafka", "metadataVersion"))
                .as("the metadata version of Kafka " + kafka + " in Strimzi " + strimzi)
                .isEqualTo(entry.path("metadata").asString());
        assertThat(Kustomize.render(Overlay.PROD).deployment("kafka-client").getSpec().getTemplate().getSpec()
                .getContainers().get(0).getImage())
                .as("the Kafka tools are those of the pinned pair").isEqualTo("quay.io/strimzi/kafka:" + strimzi + "-kafka-" + kafka);
    }

    @Test
    void theVendoredSchemasAreThoseOfTheVersionsTheReadmeSupports() {
        Map<String, String> supported = supportedVersions();
        Map<String, String> files = Map.of(
                "Kubernetes", "kubernetes-%s.json",
                "Strimzi", "strimzi-%s.json",
                "MongoDB Controllers for Kubernetes", "mongodb-kubernetes-%s.json",
                "KEDA", "keda-%s.json",
                "Prometheus Operator", "prometheus-operator-%s.json",
                "cert-manager", "cert-manager-%s.json",
                "Gateway API", "gateway-api-%s.json");
        files.forEach((component, file) -> {
            assertThat(supported).as("deploy/README.md states the version of " + component).containsKey(component);
            String version = supported.get(component).replaceAll("^(\\d+\\.\\d+) or later$", "$1");
            assertThat(SCHEMAS.resolve(file.formatted(version))).as(component + " " + version + " schemas").isRegularFile();
        });
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theOnlyListenerIsTlsWithCertificatesAndEveryUserIsAuthorizedByAcls(Overlay overlay) {
        GenericKubernetesResource cluster = Kafka.cluster(Kustomize.render(overlay));
        List<Map<String, Object>> listeners = cluster.get("spec", "kafka", "listeners");

        assertThat(listeners).singleElement().satisfies(listener -> {
            assertThat(listener).containsEntry("tls", true).containsEntry("port", 9093);
            assertThat(listener.get("authentication")).isEqualTo(Map.of("type", "tls"));
        });
        assertThat(cluster.<String>get("spec", "kafka", "authorization", "type")).isEqualTo("simple");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void eachServicesKafkaUserGrantsExactlyWhatItsConfigurationUses(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            ServiceBindings bindings = ServiceConfigurations.of(service);
            Set<String> expected = new TreeSet<>();
            bindings.published().forEach(topic -> expected.add("topic " + topic + ": Describe,Write"));
            for (ServiceBindings.Consumption consumption : bindings.consumptions()) {
                expected.add("topic " + consumption.topic() + ": Describe,Read");
                expected.add("group " + consumption.group() + ": Read");
                expected.add("topic " + consumption.deadLetterTopic() + ": Describe,Write");
                // dead_letter_pending reads the offsets the RUNBOOK's replay group committed
                expected.add("group replay." + consumption.deadLetterTopic() + ": Describe");
            }
            GenericKubernetesResource user = rendered.findCustom("KafkaUser", service)
                    .orElseThrow(() -> new AssertionError("no KafkaUser " + service));

            assertThat(user.<String>get("spec", "authentication", "type")).isEqualTo("tls");
            assertThat(acls(user)).as("ACLs of " + service).isEqualTo(expected);
            assertThat(user.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "monozukuri");
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void eachServicePresentsItsOwnUsersCertificateAndTrustsTheClusterCa(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            var deployment = rendered.serviceDeployment(service);
            Map<String, String> configured = rendered.configuredEnvironment(deployment);
            List<EnvVar> env = Rendered.app(deployment).getEnv();

            assertThat(configured).containsEntry("SPRING_CLOUD_STREAM_KAFKA_BINDER_CONFIGURATION_SECURITY_PROTOCOL", "SSL")
                    .containsEntry("SPRING_CLOUD_STREAM_KAFKA_BINDER_CONFIGURATION_SSL_KEYSTORE_TYPE", "PEM")
                    .containsEntry("SPRING_CLOUD_STREAM_KAFKA_BINDER_CONFIGURATION_SSL_TRUSTSTORE_TYPE", "PEM");
            assertThat(secretKey(env, "SPRING_CLOUD_STREAM_KAFKA_BINDER_CONFIGURATION_SSL_KEYSTORE_CERTIFICATE_CHAIN"))
                    .isEqualTo(service + "/user.crt");
            assertThat(secretKey(env, "SPRING_CLOUD_STREAM_KAFKA_BINDER_CONFIGURATION_SSL_KEYSTORE_KEY"))
                    .isEqualTo(service + "/user.key");
            assertThat(secretKey(env, "SPRING_CLOUD_STREAM_KAFKA_BINDER_CONFIGURATION_SSL_TRUSTSTORE_CERTIFICATES"))
                    .isEqualTo(Kafka.cluster(rendered).getMetadata().getName() + "-cluster-ca-cert/ca.crt");
            assertThat(configured).as(service + ": a rollout moves only the partitions that change owner")
                    .containsEntry("SPRING_CLOUD_STREAM_KAFKA_BINDER_CONSUMERPROPERTIES_PARTITION_ASSIGNMENT_STRATEGY",
                            "org.apache.kafka.clients.consumer.CooperativeStickyAssignor");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Overlay.class, names = {"PROD", "PROD_CPU"})
    void productionBrokersAndControllersSpreadOverNodesAndKnowTheirZone(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);
        GenericKubernetesResource cluster = Kafka.cluster(rendered);

        assertThat(cluster.<String>get("spec", "kafka", "rack", "topologyKey")).isEqualTo("topology.kubernetes.io/zone");
        for (GenericKubernetesResource pool : rendered.custom("KafkaNodePool")) {
            List<Map<String, Object>> required = pool.get("spec", "template", "pod", "affinity", "podAntiAffinity",
                    "requiredDuringSchedulingIgnoredDuringExecution");
            assertThat(required).as(pool.getMetadata().getName() + " anti-affinity").singleElement().satisfies(term -> {
                assertThat(term).containsEntry("topologyKey", "kubernetes.io/hostname");
                assertThat(term.toString()).contains("strimzi.io/pool-name=" + pool.getMetadata().getName());
            });
        }
    }

    static Map<String, String> supportedVersions() {
        try {
            String readme = Files.readString(RepositoryPaths.repositoryRoot().resolve("deploy/README.md"),
                    StandardCharsets.UTF_8);
            String section = readme.substring(readme.indexOf("## Supported versions"));
            section = section.substring(0, section.indexOf("\n## ", 5));
            Map<String, String> versions = new java.util.LinkedHashMap<>();
            Matcher row = VERSION_ROW.matcher(section);
            while (row.find()) {
                versions.put(row.group(1).strip(), row.group(2).strip());
            }
            return versions;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> acls(GenericKubernetesResource user) {
        Set<String> acls = new TreeSet<>();
        List<Map<String, Object>> entries = user.get("spec", "authorization", "acls");
        for (Map<String, Object> acl : entries) {
            @SuppressWarnings("unchecked")
            Map<String, Object> resource = (Map<String, Object>) acl.get("resource");
            @SuppressWarnings("unchecked")
            List<String> operations = (List<String>) acl.get("operations");
            assertThat(resource).as(acl.toString()).containsEntry("patternType", "literal");
            assertThat(acl.getOrDefault("type", "allow")).isEqualTo("allow");
            String key = resource.get("type") + " " + resource.get("name") + ": "
                    + String.join(",", new TreeSet<>(operations));
            assertThat(acls.add(key)).as("one ACL per resource: " + key).isTrue();
        }
        return acls;
    }

    private static String secretKey(List<EnvVar> env, String name) {
        EnvVar variable = env.stream().filter(v -> v.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not set"));
        var reference = Objects.requireNonNull(variable.getValueFrom().getSecretKeyRef(), name + " from a Secret");
        return reference.getName() + "/" + reference.getKey();
    }
}
