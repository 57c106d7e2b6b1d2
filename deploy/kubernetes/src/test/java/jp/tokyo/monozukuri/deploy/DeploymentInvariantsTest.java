package jp.tokyo.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every pod must have before it may run in the cluster: probes, resources, no root, a clean shutdown. */
class DeploymentInvariantsTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyDeploymentHasStartupLivenessAndReadinessProbes(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        assertThat(rendered.all(Deployment.class)).isNotEmpty().allSatisfy(deployment ->
                assertThat(containers(deployment)).allSatisfy(container -> {
                    assertThat(container.getStartupProbe()).as(name(deployment, container) + " startupProbe").isNotNull();
                    assertThat(container.getLivenessProbe()).as(name(deployment, container) + " livenessProbe").isNotNull();
                    assertThat(container.getReadinessProbe()).as(name(deployment, container) + " readinessProbe").isNotNull();
                }));
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theServicesProbeSpringsLivenessAndReadinessGroupsOnTheirManagementPort(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            Deployment deployment = rendered.serviceDeployment(service);
            Container app = Rendered.app(deployment);
            assertThat(path(app.getStartupProbe())).as(service + " startupProbe").isEqualTo("/actuator/health/liveness");
            assertThat(path(app.getLivenessProbe())).as(service + " livenessProbe").isEqualTo("/actuator/health/liveness");
            assertThat(path(app.getReadinessProbe())).as(service + " readinessProbe").isEqualTo("/actuator/health/readiness");
            assertThat(List.of(app.getStartupProbe(), app.getLivenessProbe(), app.getReadinessProbe()))
                    .extracting(probe -> probe.getHttpGet().getPort().getStrVal())
                    .as(service + " probes actuator on its management port").containsOnly("management");
            assertThat(app.getPorts()).extracting(ContainerPort::getName, ContainerPort::getContainerPort)
                    .as(service + " ports").containsExactly(tuple("http", 8080), tuple("management", 9090));
            assertThat(environment(deployment)).as(service + ": actuator listens where the port says")
                    .containsEntry("MANAGEMENT_SERVER_PORT", "9090");
        }
    }

    /**
     * The JVM's memory, from JDK_JAVA_OPTIONS, against the container's limit: heap + metaspace + code cache + direct
     * buffers + thread stacks (request threads + 50 for Kafka, Mongo, schedulers and the JVM) + the collector's and
     * the JVM's own native memory (10 % of the heap + 64 MiB) leave at least 10 % of the limit free. Without explicit
     * sizes a JVM takes 25 % of the limit for direct memory and 240 MiB for code, on top of the heap.
     */
    /**
     * What a service refuses to start without (service-infrastructure's {@code TokenClaimsValidation}: the tokens'
     * issuer and audience), as environment variables every Deployment must set, from a value or a required Secret key.
     */
    private static final List<String> REQUIRED_AT_START = List.of("SECURITY_JWT_ISSUER", "SECURITY_JWT_AUDIENCE");

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyServiceIsGivenWhatItRefusesToStartWithout(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            List<io.fabric8.kubernetes.api.model.EnvVar> env = Rendered.app(rendered.serviceDeployment(service)).getEnv();
            for (String name : REQUIRED_AT_START) {
                assertThat(env).as(service + " sets " + name + " (not optional)").anySatisfy(variable -> {
                    assertThat(variable.getName()).isEqualTo(name);
                    boolean fromValue = variable.getValue() != null && !variable.getValue().isBlank();
                    boolean fromRequiredSecret = variable.getValueFrom() != null
                            && variable.getValueFrom().getSecretKeyRef() != null
                            && !Boolean.TRUE.equals(variable.getValueFrom().getSecretKeyRef().getOptional());
                    assertThat(fromValue || fromRequiredSecret).isTrue();
                });
            }
        }
    }

    private static final String COLLECTOR = "-XX:\\+Use(G1|Serial|Parallel|Z|Shenandoah)GC";

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theJvmsMemoryAddsUpToLessThanTheContainersLimitWithHeadroom(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            Deployment deployment = rendered.serviceDeployment(service);
            String options = environment(deployment).get("JDK_JAVA_OPTIONS");
            assertThat(options).as(service + " JDK_JAVA_OPTIONS").isNotNull();
            long heap = jvmSize(options, "-Xmx");
            assertThat(jvmSize(options, "-Xms")).as(service + ": heap fixed, no resizing").isEqualTo(heap);
            long metaspace = jvmSize(options, "-XX:MaxMetaspaceSize=");
            long codeCache = jvmSize(options, "-XX:ReservedCodeCacheSize=");
            long direct = jvmSize(options, "-XX:MaxDirectMemorySize=");
            long stack = jvmSize(options, "-Xss");
            int threads = Integer.parseInt(rendered.configuredEnvironment(deployment).get("SERVER_TOMCAT_THREADS_MAX")) + 50;
            long nativeOverhead = heap / 10 + mebibytes(64);
            long total = heap + metaspace + codeCache + direct + threads * stack + nativeOverhead;
            long limit = Rendered.app(deployment).getResources().getLimits().get("memory").getNumericalAmount().longValue();

            assertThat(total).as(service + ": JVM " + total / mebibytes(1) + " MiB in a " + limit / mebibytes(1)
                    + " MiB container, 10 % free").isLessThanOrEqualTo(limit * 9 / 10);
            assertThat(options).as(service + ": an explicit collector, and exit when out of memory")
                    .containsPattern(COLLECTOR).contains("-XX:+ExitOnOutOfMemoryError");
            assertThat(ContainerImageConfigurationTest.property("image.jvm.options"))
                    .as("the image's own JVM options select no collector: with the Deployment's one the JVM would"
                            + " refuse to start (\"Multiple garbage collectors selected\")")
                    .doesNotContainPattern(COLLECTOR);
        }
    }

    @org.junit.jupiter.api.Test
    void theJvmMemoryArithmeticReadsSizesAsTheJvmDoes() {
        assertThat(jvmSize("-Xms384m -Xmx512m", "-Xmx")).isEqualTo(mebibytes(512));
        assertThat(jvmSize("-Xss512k", "-Xss")).isEqualTo(512 * 1024);
        assertThat(jvmSize("-XX:MaxDirectMemorySize=1g", "-XX:MaxDirectMemorySize=")).isEqualTo(mebibytes(1024));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jvmSize("-Xmx512m", "-XX:MaxMetaspaceSize="))
                .isInstanceOf(AssertionError.class);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyContainerRequestsAndIsLimitedInCpuAndMemory(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        assertThat(rendered.all(Deployment.class)).allSatisfy(deployment ->
                assertThat(containers(deployment)).allSatisfy(container -> {
                    Map<String, Quantity> requests = container.getResources().getRequests();
                    Map<String, Quantity> limits = container.getResources().getLimits();
                    assertThat(requests).as(name(deployment, container) + " requests").containsKeys("cpu", "memory");
                    assertThat(limits).as(name(deployment, container) + " limits").containsKeys("cpu", "memory");
                    for (String resource : List.of("cpu", "memory")) {
                        assertThat(requests.get(resource).getNumericalAmount())
                                .as(name(deployment, container) + " " + resource + " request within its limit")
                                .isPositive()
                                .isLessThanOrEqualTo(limits.get(resource).getNumericalAmount());
                    }
                }));
    }

    @ParameterizedTest
    @EnumSource(value = Overlay.class, names = {"PROD", "PROD_CPU"})
    void inProductionTheServicesMemoryRequestIsTheirLimit(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            Container app = Rendered.app(rendered.serviceDeployment(service));
            assertThat(app.getResources().getRequests().get("memory"))
                    .as(service + ": a pod above its memory request is the first evicted")
                    .isEqualTo(app.getResources().getLimits().get("memory"));
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyPodRunsAsNonRootWithoutPrivilegeEscalationOrCapabilities(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        assertThat(rendered.all(Deployment.class)).allSatisfy(deployment -> {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podSecurity = Objects.requireNonNull(pod.getSecurityContext(),
                    deployment.getMetadata().getName() + " has no pod securityContext");
            assertThat(podSecurity.getRunAsNonRoot()).as(deployment.getMetadata().getName() + " runAsNonRoot").isTrue();
            assertThat(podSecurity.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            assertThat(containers(deployment)).allSatisfy(container -> {
                SecurityContext security = Objects.requireNonNull(container.getSecurityContext(),
                        name(deployment, container) + " has no securityContext");
                Long user = Optional.ofNullable(security.getRunAsUser()).orElse(podSecurity.getRunAsUser());
                assertThat(user).as(name(deployment, container) + " user id").isNotNull().isPositive();
                assertThat(security.getAllowPrivilegeEscalation()).as(name(deployment, container)).isFalse();
                assertThat(security.getReadOnlyRootFilesystem()).as(name(deployment, container)).isTrue();
                assertThat(security.getCapabilities().getDrop()).as(name(deployment, container)).contains("ALL");
                assertThat(security.getPrivileged()).as(name(deployment, container)).isNotEqualTo(Boolean.TRUE);
            });
        });
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theBackupJobsRunAsNonRootWithAReadOnlyRootFileSystem(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        assertThat(rendered.all(io.fabric8.kubernetes.api.model.batch.v1.CronJob.class)).isNotEmpty().allSatisfy(job -> {
            PodSpec pod = job.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(job.getMetadata().getName()).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).isFalse();
            assertThat(pod.getContainers()).allSatisfy(container -> {
                assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
                assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
                assertThat(container.getSecurityContext().getCapabilities().getDrop()).contains("ALL");
                assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
            });
        });
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void terminationGraceOutlastsThePreStopPauseAndSpringsShutdownPhase(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            Deployment deployment = rendered.serviceDeployment(service);
            Map<String, String> environment = rendered.configuredEnvironment(deployment);
            Duration springShutdown = springDuration(environment.get("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE"));
            long preStop = preStopPauseSeconds(Rendered.app(deployment));

            assertThat(environment).as(service + " shuts down gracefully").containsEntry("SERVER_SHUTDOWN", "graceful");
            assertThat(springShutdown).as(service + " shutdown phase, the services' default").isEqualTo(Duration.ofSeconds(20));
            assertThat(deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
                    .as(service + " terminationGracePeriodSeconds > preStop " + preStop + " s + Spring " + springShutdown)
                    .isGreaterThan(preStop + springShutdown.toSeconds());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Overlay.class, names = {"PROD", "PROD_CPU"})
    void prometheusScrapesEveryServiceOnItsManagementPortThroughAPodMonitor(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);
        List<io.fabric8.kubernetes.api.model.GenericKubernetesResource> monitors = rendered.custom("PodMonitor");

        for (String service : Conventions.SERVICES) {
            Deployment deployment = rendered.serviceDeployment(service);
            assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
                    .as(service + ": prometheus.io annotations, which the Prometheus Operator ignores").isNullOrEmpty();
            assertThat(monitors).as("a PodMonitor scraping " + service).anySatisfy(monitor -> {
                var selector = new io.fabric8.kubernetes.client.utils.KubernetesSerialization().convertValue(
                        monitor.get("spec", "selector"), io.fabric8.kubernetes.api.model.LabelSelector.class);
                assertThat(Selectors.matches(selector, podLabels(deployment))).isTrue();
                assertThat(monitor.<List<Map<String, Object>>>get("spec", "podMetricsEndpoints"))
                        .anySatisfy(endpoint -> assertThat(endpoint).containsEntry("port", "management")
                                .containsEntry("path", "/actuator/prometheus"));
            });
            assertThat(rendered.configuredEnvironment(deployment).get("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE"))
                    .as(service + " exposes the endpoint it is scraped on").contains("prometheus");
        }
        assertThat(monitors).extracting(monitor -> monitor.getMetadata().getName())
                .as("Strimzi's exporters are scraped too").contains("strimzi-kafka-exporter", "strimzi-kafka-nodes");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theServicesListenWhereTheirServiceAndProbesExpectThem(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            Deployment deployment = rendered.serviceDeployment(service);
            ContainerPort http = Rendered.app(deployment).getPorts().stream()
                    .filter(port -> port.getName().equals("http")).findFirst().orElseThrow();
            Service kubernetesService = rendered.find(Service.class, service).orElseThrow();

            assertThat(rendered.configuredEnvironment(deployment).get("SERVER_PORT"))
                    .as(service + " SERVER_PORT").isEqualTo(String.valueOf(http.getContainerPort()));
            assertThat(Selectors.matches(kubernetesService.getSpec().getSelector(), podLabels(deployment)))
                    .as("Service " + service + " selects the pods of its Deployment").isTrue();
            assertThat(kubernetesService.getSpec().getPorts())
                    .extracting(port -> port.getTargetPort().getStrVal())
                    .as("Service " + service + " exposes the API only, not actuator").containsExactly(http.getName());
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyServiceHasItsOwnAccountConfigurationAutoscalerBudgetAndNetworkPolicy(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            Deployment deployment = rendered.serviceDeployment(service);
            Map<String, String> pods = podLabels(deployment);
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();

            assertThat(pod.getServiceAccountName()).as(service + " service account").isEqualTo(service);
            assertThat(rendered.find(ServiceAccount.class, service)).as("ServiceAccount " + service).isPresent();
            assertThat(pod.getAutomountServiceAccountToken()).as(service + " needs no Kubernetes API token").isFalse();
            assertThat(rendered.configuredEnvironment(deployment)).as(service + " ConfigMap").isNotEmpty();
            assertThat(rendered.find(HorizontalPodAutoscaler.class, service).isPresent()
                    || rendered.findCustom("ScaledObject", service).isPresent())
                    .as(service + " is scaled by a HorizontalPodAutoscaler or a KEDA ScaledObject").isTrue();
            assertThat(rendered.all(PodDisruptionBudget.class))
                    .filteredOn(budget -> Selectors.matches(budget.getSpec().getSelector(), pods))
                    .as("PodDisruptionBudgets of " + service).hasSize(1);
            assertThat(rendered.all(NetworkPolicy.class))
                    .filteredOn(policy -> Selectors.matches(policy.getSpec().getPodSelector(), pods))
                    .extracting(policy -> policy.getMetadata().getName())
                    .as("NetworkPolicies selecting " + service).containsExactlyInAnyOrder(service, "default-deny");
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyImageIsPinnedToAVersion(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        assertThat(rendered.all(Deployment.class)).allSatisfy(deployment ->
                assertThat(containers(deployment)).allSatisfy(container -> {
                    String image = container.getImage();
                    String lastSegment = image.substring(image.lastIndexOf('/') + 1);
                    assertThat(image.contains("@sha256:") || lastSegment.contains(":"))
                            .as(image + " names a tag or digest").isTrue();
                    assertThat(lastSegment).as(image).doesNotEndWith(":latest");
                }));
    }

    @ParameterizedTest
    @EnumSource(value = Overlay.class, names = {"PROD", "PROD_CPU"})
    void productionImagesComeFromARegistryPinnedByDigest(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            String image = Rendered.app(rendered.serviceDeployment(service)).getImage();
            String registry = image.substring(0, image.indexOf('/') < 0 ? 0 : image.indexOf('/'));
            assertThat(registry).as(image + " names its registry host").containsAnyOf(".", ":");
            assertThat(image).as(image + ": by digest, which no push can move").matches(".*/" + service + "@sha256:[0-9a-f]{64}");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Overlay.class, names = "DEV")
    void theLocalClusterPullsItsSnapshotImagesAtEveryStart(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            Container app = Rendered.app(rendered.serviceDeployment(service));
            assertThat(app.getImage()).contains("SNAPSHOT");
            assertThat(app.getImagePullPolicy()).as(service + ": a rebuilt -SNAPSHOT keeps its tag").isEqualTo("Always");
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyObjectLandsInTheOverlaysNamespaceWhichTheOverlayDoesNotOwn(Overlay overlay) throws java.io.IOException {
        Rendered rendered = Kustomize.render(overlay);

        assertThat(rendered.objects()).allSatisfy(object -> assertThat(object.getMetadata().getNamespace())
                .as(object.getKind() + " " + object.getMetadata().getName()).isEqualTo(overlay.namespace()));
        assertThat(rendered.all(Namespace.class)).as("a Namespace in the overlay: kubectl delete -k would delete it, "
                + "and every volume in it").isEmpty();
        java.nio.file.Path file = RepositoryPaths.kustomizeRoot().resolve("namespaces/" + overlay.namespace() + ".yaml");
        Namespace namespace = new io.fabric8.kubernetes.client.utils.KubernetesSerialization()
                .unmarshal(java.nio.file.Files.readString(file), Namespace.class);
        assertThat(namespace.getMetadata().getName()).isEqualTo(overlay.namespace());
        assertThat(namespace.getMetadata().getLabels()).as("Pod Security admission")
                .containsKey("pod-security.kubernetes.io/enforce").containsEntry("pod-security.kubernetes.io/warn", "restricted");
    }

    /** The variables set in the Deployment itself (value, not a reference). */
    static Map<String, String> environment(Deployment deployment) {
        Map<String, String> environment = new java.util.LinkedHashMap<>();
        Rendered.app(deployment).getEnv().stream().filter(variable -> variable.getValue() != null)
                .forEach(variable -> environment.put(variable.getName(), variable.getValue()));
        return environment;
    }

    /** A JVM size option ({@code -Xmx512m}, {@code -XX:MaxMetaspaceSize=160m}) in bytes. */
    static long jvmSize(String options, String prefix) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(?:^|\\s)" + java.util.regex.Pattern.quote(prefix)
                + "(\\d+)([kKmMgG]?)(?:\\s|$)").matcher(options);
        if (!matcher.find()) {
            throw new AssertionError("JDK_JAVA_OPTIONS sets no " + prefix + ": " + options);
        }
        long value = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2).toLowerCase()) {
            case "k" -> value * 1024;
            case "m" -> mebibytes(value);
            case "g" -> mebibytes(value * 1024);
            default -> value;
        };
    }

    private static long mebibytes(long value) {
        return value * 1024 * 1024;
    }

    static Map<String, String> podLabels(Deployment deployment) {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }

    private static List<Container> containers(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers();
    }

    private static String name(Deployment deployment, Container container) {
        return deployment.getMetadata().getName() + "/" + container.getName();
    }

    private static String path(Probe probe) {
        return probe.getHttpGet() == null ? null : probe.getHttpGet().getPath();
    }

    private static long preStopPauseSeconds(Container container) {
        List<String> command = container.getLifecycle().getPreStop().getExec().getCommand();
        assertThat(command).as(container.getName() + " preStop").hasSize(2).first().isEqualTo("sleep");
        return Long.parseLong(command.get(1));
    }

    /** Spring's duration format as used in this configuration: a number with an s or ms unit. */
    private static Duration springDuration(String value) {
        assertThat(value).as("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE").isNotNull().matches("\\d+(ms|s)");
        return value.endsWith("ms")
                ? Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)))
                : Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
    }
}
