package jp.tokyo.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One MongoDB replica set per service, each with its own user, password Secret and database; majority writes. */
class MongoDbTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyServiceHasItsOwnReplicaSetUserAndDatabase(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);
        Set<String> replicaSets = new HashSet<>();
        Set<String> passwordSecrets = new HashSet<>();

        for (String service : Conventions.SERVICES) {
            GenericKubernetesResource replicaSet = replicaSetOf(rendered, service);
            Map<String, Object> user = userOf(replicaSet, service);
            String database = rendered.configuredEnvironment(rendered.serviceDeployment(service)).get("SPRING_MONGODB_DATABASE");
            String name = replicaSet.getMetadata().getName();

            assertThat(replicaSets.add(name)).as(service + " shares replica set " + name).isTrue();
            assertThat(replicaSet.<String>get("spec", "type")).as(name).isEqualTo("ReplicaSet");
            assertThat(replicaSet.<List<String>>get("spec", "security", "authentication", "modes")).as(name).contains("SCRAM");
            assertThat(replicaSet.<List<?>>get("spec", "users")).as(name + " serves only " + service).hasSize(1);
            assertThat(database).as(service + " SPRING_MONGODB_DATABASE").isEqualTo(Conventions.database(service));
            assertThat(user.get("db")).as(service + " authenticates against its own database").isEqualTo(database);
            assertThat(user.get("roles")).as(service + " may only read and write its own database")
                    .isEqualTo(List.of(Map.of("name", "readWrite", "db", database)));
            @SuppressWarnings("unchecked")
            Map<String, Object> password = (Map<String, Object>) user.get("passwordSecretRef");
            assertThat(passwordSecrets.add(String.valueOf(password.get("name"))))
                    .as(service + " has its own password Secret").isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void replicaSetsHaveAnOddNumberOfMembersAndThreeInProduction(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            int members = Kafka.number(replicaSetOf(rendered, service).get("spec", "members"),
                    replicaSetOf(rendered, service), "spec.members");
            assertThat(members).as(service + " members").isGreaterThanOrEqualTo(overlay.production() ? 3 : 1).isOdd();
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyServiceConnectsWithItsOwnUsersConnectionStringWhichWaitsForTheMajority(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            GenericKubernetesResource replicaSet = replicaSetOf(rendered, service);
            Map<String, Object> user = userOf(replicaSet, service);
            EnvVar uri = Rendered.app(rendered.serviceDeployment(service)).getEnv().stream()
                    .filter(variable -> variable.getName().equals("SPRING_MONGODB_URI")).findFirst()
                    .orElseThrow(() -> new AssertionError(service + " sets no SPRING_MONGODB_URI"));
            SecretKeySelector secret = uri.getValueFrom().getSecretKeyRef();

            assertThat(secret.getName()).as(service + " reads the connection string the operator writes for its user")
                    .isEqualTo(user.get("connectionStringSecretName"));
            assertThat(secret.getKey()).isIn("connectionString.standard", "connectionString.standardSrv");
            assertThat(writeConcern(replicaSet, user)).as(service + " write concern").isEqualTo("majority");
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void aDrainNeverTakesTwoMembersOfAReplicaSet(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            GenericKubernetesResource replicaSet = replicaSetOf(rendered, service);
            String name = replicaSet.getMetadata().getName();
            Map<String, String> members = Map.of("app", name + "-svc");
            var budget = rendered.find(io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class, name)
                    .orElseThrow(() -> new AssertionError("no PodDisruptionBudget for " + name));
            assertThat(Selectors.matches(budget.getSpec().getSelector(), members)).as(name + " budget selects its members").isTrue();
            assertThat(budget.getSpec().getMaxUnavailable()).isEqualTo(new io.fabric8.kubernetes.api.model.IntOrString(1));

            List<Map<String, Object>> required = replicaSet.get("spec", "statefulSet", "spec", "template", "spec",
                    "affinity", "podAntiAffinity", "requiredDuringSchedulingIgnoredDuringExecution");
            assertThat(required).as(name + ": no two members on one node").singleElement().satisfies(term -> {
                assertThat(term).containsEntry("topologyKey", "kubernetes.io/hostname");
                assertThat(term.get("labelSelector")).isEqualTo(Map.of("matchLabels", members));
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theServicesAndTheMembersSpeakTlsVerifiedByTheProjectsCa(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            GenericKubernetesResource replicaSet = replicaSetOf(rendered, service);
            Map<String, Object> tls = replicaSet.get("spec", "security", "tls");
            assertThat(tls).as(replicaSet.getMetadata().getName() + " TLS").containsEntry("enabled", true);
            @SuppressWarnings("unchecked")
            String certificateSecret = String.valueOf(((Map<String, Object>) tls.get("certificateKeySecretRef")).get("name"));
            @SuppressWarnings("unchecked")
            String caSecret = String.valueOf(((Map<String, Object>) tls.get("caCertificateSecretRef")).get("name"));
            assertThat(rendered.custom("Certificate")).as("cert-manager writes " + certificateSecret)
                    .anyMatch(certificate -> certificateSecret.equals(certificate.get("spec", "secretName")));
            assertThat(rendered.custom("Certificate")).as("cert-manager writes the CA " + caSecret)
                    .anyMatch(certificate -> caSecret.equals(certificate.get("spec", "secretName"))
                            && Boolean.TRUE.equals(certificate.get("spec", "isCA")));
            assertThat(replicaSet.<Object>get("spec", "additionalConnectionStringConfig", "tls")).isEqualTo(true);

            var deployment = rendered.serviceDeployment(service);
            Map<String, String> environment = rendered.configuredEnvironment(deployment);
            assertThat(environment).containsEntry("SPRING_MONGODB_SSL_ENABLED", "true")
                    .containsEntry("SPRING_MONGODB_SSL_BUNDLE", "mongodb");
            String trusted = environment.get("SPRING_SSL_BUNDLE_PEM_MONGODB_TRUSTSTORE_CERTIFICATE");
            assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes()).as(service + " mounts the CA it trusts")
                    .anySatisfy(volume -> {
                        assertThat(volume.getSecret()).isNotNull();
                        assertThat(volume.getSecret().getSecretName()).isEqualTo(caSecret);
                        String mount = Rendered.app(deployment).getVolumeMounts().stream()
                                .filter(m -> m.getName().equals(volume.getName())).findFirst().orElseThrow().getMountPath();
                        assertThat(trusted).isEqualTo("file:" + mount + "/ca.crt");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyDatabaseIsDumpedNightlyToItsOwnVolumeWithItsOwnUser(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            GenericKubernetesResource replicaSet = replicaSetOf(rendered, service);
            String name = replicaSet.getMetadata().getName();
            var cronJob = rendered.find(io.fabric8.kubernetes.api.model.batch.v1.CronJob.class, name + "-backup")
                    .orElseThrow(() -> new AssertionError("no backup CronJob for " + name));
            var pod = cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
            var container = pod.getContainers().get(0);

            assertThat(cronJob.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
            assertThat(String.join(" ", container.getArgs())).contains("mongodump").contains("--archive").contains("--gzip")
                    .contains("--tlsCAFile");
            assertThat(container.getEnv()).singleElement().satisfies(variable -> assertThat(
                    variable.getValueFrom().getSecretKeyRef().getName()).isEqualTo(userOf(replicaSet, service)
                    .get("connectionStringSecretName")));
            assertThat(pod.getVolumes()).anySatisfy(volume -> assertThat(volume.getPersistentVolumeClaim().getClaimName())
                    .isEqualTo(name + "-backup"));
            assertThat(rendered.find(io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class, name + "-backup")).isPresent();
        }
    }

    private static Object writeConcern(GenericKubernetesResource replicaSet, Map<String, Object> user) {
        @SuppressWarnings("unchecked")
        Map<String, Object> perUser = (Map<String, Object>) user.getOrDefault("additionalConnectionStringConfig", Map.of());
        Map<String, Object> perReplicaSet = replicaSet.get("spec", "additionalConnectionStringConfig");
        return perUser.containsKey("w") ? perUser.get("w") : perReplicaSet == null ? null : perReplicaSet.get("w");
    }

    static GenericKubernetesResource replicaSetOf(Rendered rendered, String service) {
        List<GenericKubernetesResource> replicaSets = rendered.custom("MongoDBCommunity").stream()
                .filter(replicaSet -> replicaSet.<List<Map<String, Object>>>get("spec", "users").stream()
                        .anyMatch(user -> service.equals(user.get("name"))))
                .toList();
        assertThat(replicaSets).as("MongoDB replica sets with a user " + service).hasSize(1);
        return replicaSets.get(0);
    }

    static Map<String, Object> userOf(GenericKubernetesResource replicaSet, String service) {
        return replicaSet.<List<Map<String, Object>>>get("spec", "users").stream()
                .filter(user -> service.equals(user.get("name"))).findFirst().orElseThrow();
    }
}
