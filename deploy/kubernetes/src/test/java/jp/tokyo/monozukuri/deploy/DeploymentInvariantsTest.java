package jp.tokyo.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
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
    void theServicesProbeSpringsLivenessAndReadinessGroupsOnTheirHttpPort(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            Container app = Rendered.app(rendered.serviceDeployment(service));
            assertThat(path(app.getStartupProbe())).as(service + " startupProbe").isEqualTo("/actuator/health/liveness");
            assertThat(path(app.getLivenessProbe())).as(service + " livenessProbe").isEqualTo("/actuator/health/liveness");
            assertThat(path(app.getReadinessProbe())).as(service + " readinessProbe").isEqualTo("/actuator/health/readiness");
            assertThat(List.of(app.getStartupProbe(), app.getLivenessProbe(), app.getReadinessProbe()))
                    .extracting(probe -> probe.getHttpGet().getPort().getStrVal())
                    .as(service + " probes the port its container declares")
                    .containsOnly(app.getPorts().stream().map(ContainerPort::getName).findFirst().orElseThrow());
        }
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
    @EnumSource(Overlay.class)
    void theServicesJvmHeapIsSizedFromAMemoryLimitEqualToTheRequest(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            Container app = Rendered.app(rendered.serviceDeployment(service));
            assertThat(app.getResources().getRequests().get("memory"))
                    .as(service + ": a pod above its memory request is the first evicted; the heap takes 75% of the limit")
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
    @EnumSource(Overlay.class)
    void prometheusScrapesEveryServiceOnItsActuatorEndpoint(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            Deployment deployment = rendered.serviceDeployment(service);
            Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
            int port = Rendered.app(deployment).getPorts().get(0).getContainerPort();

            assertThat(annotations).as(service)
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/port", String.valueOf(port))
                    .containsEntry("prometheus.io/path", "/actuator/prometheus");
            assertThat(rendered.configuredEnvironment(deployment).get("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE"))
                    .as(service + " exposes the endpoint it is scraped on").contains("prometheus");
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theServicesListenWhereTheirServiceAndProbesExpectThem(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            Deployment deployment = rendered.serviceDeployment(service);
            ContainerPort http = Rendered.app(deployment).getPorts().get(0);
            Service kubernetesService = rendered.find(Service.class, service).orElseThrow();

            assertThat(rendered.configuredEnvironment(deployment).get("SERVER_PORT"))
                    .as(service + " SERVER_PORT").isEqualTo(String.valueOf(http.getContainerPort()));
            assertThat(Selectors.matches(kubernetesService.getSpec().getSelector(), podLabels(deployment)))
                    .as("Service " + service + " selects the pods of its Deployment").isTrue();
            assertThat(kubernetesService.getSpec().getPorts())
                    .extracting(port -> port.getTargetPort().getStrVal())
                    .as("Service " + service + " targets the container's named port").containsOnly(http.getName());
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
                    .as("NetworkPolicies selecting " + service).containsExactly(service);
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
    @EnumSource(value = Overlay.class, names = {"PROD", "PROD_KEDA"})
    void productionImagesComeFromARegistryAndAreReleases(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            String image = Rendered.app(rendered.serviceDeployment(service)).getImage();
            String registry = image.substring(0, image.indexOf('/') < 0 ? 0 : image.indexOf('/'));
            assertThat(registry).as(image + " names its registry host").containsAnyOf(".", ":");
            assertThat(image).as(image + " is a release, not a snapshot").doesNotContainIgnoringCase("SNAPSHOT");
            assertThat(image).as(image).contains("/" + service + ":");
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyNamespacedObjectLandsInTheOverlaysNamespace(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        assertThat(rendered.objects())
                .filteredOn(object -> !(object instanceof Namespace))
                .allSatisfy(object -> assertThat(object.getMetadata().getNamespace())
                        .as(object.getKind() + " " + object.getMetadata().getName()).isEqualTo(overlay.namespace()));
        assertThat(rendered.all(Namespace.class)).extracting(HasMetadata::getMetadata)
                .extracting(metadata -> metadata.getName()).containsExactly(overlay.namespace());
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
