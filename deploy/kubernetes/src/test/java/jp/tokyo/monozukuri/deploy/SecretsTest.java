package jp.tokyo.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Credentials and endpoints that grant access reach the pods only as Secret references, never as values in Git. */
class SecretsTest {

    /** Names of variables and keys that carry a credential or an address with one in it. */
    private static final Pattern SENSITIVE = Pattern.compile("(?i).*(password|username|secret|token|credential|_URI|JWK).*");

    @ParameterizedTest
    @EnumSource(value = Overlay.class, names = {"PROD", "PROD_CPU"})
    void noSecretInProductionCarriesALiteralValue(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        assertThat(referencedSecrets(rendered)).as("the Secrets production refers to").isNotEmpty();
        assertThat(rendered.all(Secret.class)).allSatisfy(secret -> {
            assertThat(Objects.requireNonNullElse(secret.getData(), Map.of())).as(secret.getMetadata().getName()).isEmpty();
            assertThat(Objects.requireNonNullElse(secret.getStringData(), Map.of())).as(secret.getMetadata().getName()).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void credentialsReachTheServicesOnlyThroughSecretReferences(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            Container app = Rendered.app(rendered.serviceDeployment(service));
            assertThat(app.getEnv()).filteredOn(variable -> SENSITIVE.matcher(variable.getName()).matches())
                    .as(service + " sensitive variables").isNotEmpty()
                    .allSatisfy(variable -> {
                        assertThat(variable.getValue()).as(service + " " + variable.getName() + " literal value").isNull();
                        assertThat(variable.getValueFrom().getSecretKeyRef()).as(service + " " + variable.getName()).isNotNull();
                    });
        }
        assertThat(rendered.all(ConfigMap.class)).allSatisfy(configMap ->
                assertThat(Objects.requireNonNullElse(configMap.getData(), Map.<String, String>of()).keySet())
                        .as("ConfigMap " + configMap.getMetadata().getName())
                        .noneMatch(key -> SENSITIVE.matcher(key).matches()));
    }

    @ParameterizedTest
    @EnumSource(value = Overlay.class, names = {"PROD", "PROD_CPU"})
    void everySecretProductionNeedsIsWrittenByAnOperatorOrDocumentedInTheRunbook(Overlay overlay)
            throws IOException {
        Rendered rendered = Kustomize.render(overlay);
        String runbook = Files.readString(RepositoryPaths.kustomizeRoot().resolve("../RUNBOOK.md"), StandardCharsets.UTF_8);
        Set<String> createdByOperators = new TreeSet<>(referencedSecrets(rendered));
        createdByOperators.removeAll(writtenByOperators(rendered));

        assertThat(createdByOperators).as("Secrets an operator creates by hand").isNotEmpty()
                .allSatisfy(name -> assertThat(runbook).as("RUNBOOK.md tells how to create Secret " + name).contains(name));
    }

    @ParameterizedTest
    @EnumSource(value = Overlay.class, names = "DEV")
    void theLocalClusterExampleProvidesEverySecretKeyTheServicesAndReplicaSetsRead(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);
        Set<String> writtenByTheOperator = writtenByOperators(rendered);

        envSecretReferences(rendered)
                .filter(reference -> !Boolean.TRUE.equals(reference.getOptional()))
                .filter(reference -> !writtenByTheOperator.contains(reference.getName()))
                .forEach(reference -> assertThat(secretKeys(rendered, reference.getName()))
                        .as("Secret " + reference.getName()).contains(reference.getKey()));
        for (GenericKubernetesResource replicaSet : rendered.custom("MongoDBCommunity")) {
            for (Map<String, Object> user : replicaSet.<List<Map<String, Object>>>get("spec", "users")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> password = (Map<String, Object>) user.get("passwordSecretRef");
                assertThat(secretKeys(rendered, String.valueOf(password.get("name"))))
                        .as("password Secret of MongoDB user " + user.get("name")).contains(String.valueOf(password.get("key")));
            }
        }
    }

    private static Set<String> secretKeys(Rendered rendered, String name) {
        Optional<Secret> secret = rendered.find(Secret.class, name);
        assertThat(secret).as("Secret " + name + " in " + rendered.overlay()).isPresent();
        Set<String> keys = new TreeSet<>(Objects.requireNonNullElse(secret.get().getData(), Map.<String, String>of()).keySet());
        keys.addAll(Objects.requireNonNullElse(secret.get().getStringData(), Map.<String, String>of()).keySet());
        return keys;
    }

    private static Set<String> referencedSecrets(Rendered rendered) {
        Set<String> names = new TreeSet<>();
        envSecretReferences(rendered).map(SecretKeySelector::getName).forEach(names::add);
        // mounted Secrets (Deployments and CronJobs), KEDA's TriggerAuthentication, the Gateway's certificate,
        // the replica sets' TLS
        Stream.concat(rendered.all(Deployment.class).stream().map(d -> d.getSpec().getTemplate().getSpec()),
                        rendered.all(io.fabric8.kubernetes.api.model.batch.v1.CronJob.class).stream()
                                .map(job -> job.getSpec().getJobTemplate().getSpec().getTemplate().getSpec()))
                .flatMap(pod -> Objects.requireNonNullElse(pod.getVolumes(), List.<io.fabric8.kubernetes.api.model.Volume>of()).stream())
                .filter(volume -> volume.getSecret() != null)
                .forEach(volume -> names.add(volume.getSecret().getSecretName()));
        for (GenericKubernetesResource authentication : rendered.custom("TriggerAuthentication")) {
            authentication.<List<Map<String, Object>>>get("spec", "secretTargetRef")
                    .forEach(reference -> names.add(String.valueOf(reference.get("name"))));
        }
        for (GenericKubernetesResource gateway : rendered.custom("Gateway")) {
            for (Map<String, Object> listener : gateway.<List<Map<String, Object>>>get("spec", "listeners")) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> references = (List<Map<String, Object>>) ((Map<String, Object>) listener.get("tls"))
                        .get("certificateRefs");
                references.forEach(reference -> names.add(String.valueOf(reference.get("name"))));
            }
        }
        for (GenericKubernetesResource replicaSet : rendered.custom("MongoDBCommunity")) {
            names.add(replicaSet.get("spec", "security", "tls", "certificateKeySecretRef", "name"));
            names.add(replicaSet.get("spec", "security", "tls", "caCertificateSecretRef", "name"));
        }
        for (GenericKubernetesResource replicaSet : rendered.custom("MongoDBCommunity")) {
            for (Map<String, Object> user : replicaSet.<List<Map<String, Object>>>get("spec", "users")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> password = (Map<String, Object>) user.get("passwordSecretRef");
                names.add(String.valueOf(password.get("name")));
            }
        }
        return names;
    }

    private static Stream<SecretKeySelector> envSecretReferences(Rendered rendered) {
        return Stream.concat(rendered.all(Deployment.class).stream().map(d -> d.getSpec().getTemplate().getSpec()),
                        rendered.all(io.fabric8.kubernetes.api.model.batch.v1.CronJob.class).stream()
                                .map(job -> job.getSpec().getJobTemplate().getSpec().getTemplate().getSpec()))
                .flatMap(pod -> pod.getContainers().stream())
                .flatMap(container -> Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of()).stream())
                .filter(variable -> variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null)
                .map(variable -> variable.getValueFrom().getSecretKeyRef());
    }

    /**
     * Secrets an operator writes: MCK the users' connection strings and SCRAM credentials, Strimzi each KafkaUser's
     * certificate (a Secret of the user's name) and the cluster CA, cert-manager each Certificate's Secret.
     */
    private static Set<String> writtenByOperators(Rendered rendered) {
        Set<String> names = new TreeSet<>();
        rendered.custom("KafkaUser").forEach(user -> names.add(user.getMetadata().getName()));
        rendered.custom("Kafka").forEach(kafka -> names.add(kafka.getMetadata().getName() + "-cluster-ca-cert"));
        rendered.custom("Certificate").forEach(certificate -> names.add(certificate.get("spec", "secretName")));
        for (GenericKubernetesResource replicaSet : rendered.custom("MongoDBCommunity")) {
            for (Map<String, Object> user : replicaSet.<List<Map<String, Object>>>get("spec", "users")) {
                names.add(String.valueOf(user.get("connectionStringSecretName")));
                names.add(String.valueOf(user.get("scramCredentialsSecretName")));
            }
        }
        return names;
    }
}
