package jp.tokyo.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The API server's (and the operators' webhooks') rules that no schema expresses and that these manifests touch,
 * one per test, on every pod template the overlays render (Deployments, CronJobs, and the templates the Strimzi
 * and MongoDB operators merge into theirs). Each rule is a function returning violations, shown to fail on a
 * broken copy.
 */
class ApiServerRulesTest {

    private static final Pattern PORT_NAME = Pattern.compile("^(?=.{1,15}$)(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)*$");

    /** A pod template and where it is (kind/name), with the labels its pods get. */
    record Template(String owner, Map<String, Object> labels, Map<String, Object> spec) {
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void noTopologySpreadKeyIsBothInTheSelectorAndInMatchLabelKeys(Overlay overlay) {
        List<Template> templates = templates(objects(overlay));

        assertThat(templates).extracting(Template::owner).contains("Deployment/plan-service");
        assertThat(templates).flatMap(ApiServerRulesTest::topologySpreadViolations).isEmpty();
    }

    @Test
    void theTopologySpreadRuleRefusesTheConstraintThePodsWereRefusedFor() {
        Map<String, Object> constraint = Map.of("maxSkew", 1, "topologyKey", "topology.kubernetes.io/zone",
                "whenUnsatisfiable", "ScheduleAnyway",
                "labelSelector", Map.of("matchExpressions",
                        List.of(Map.of("key", "app.kubernetes.io/name", "operator", "Exists"))),
                "matchLabelKeys", List.of("app.kubernetes.io/name", "pod-template-hash"));
        Template broken = new Template("Deployment/broken", Map.of("app.kubernetes.io/name", "x"),
                Map.of("topologySpreadConstraints", List.of(constraint)));

        assertThat(topologySpreadViolations(broken)).singleElement().asString().contains("app.kubernetes.io/name");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everySelectorSelectsTheLabelsOfWhatItIsMeantFor(Overlay overlay) {
        List<Map<String, Object>> objects = objects(overlay);
        List<Template> templates = templates(objects);
        List<String> violations = new ArrayList<>();

        for (Map<String, Object> object : objects) {
            String owner = object.get("kind") + "/" + name(object);
            Map<String, Object> spec = map(object.get("spec"));
            switch (String.valueOf(object.get("kind"))) {
                case "Deployment" -> {
                    Map<String, Object> labels = map(map(map(spec.get("template")).get("metadata")).get("labels"));
                    if (!selects(map(spec.get("selector")), labels)) {
                        violations.add(owner + ": selector does not match template labels");
                    }
                }
                case "Service", "PodDisruptionBudget", "PodMonitor" -> {
                    Map<String, Object> selector = object.get("kind").equals("Service")
                            ? Map.of("matchLabels", spec.get("selector")) : map(spec.get("selector"));
                    if (templates.stream().noneMatch(template -> selects(selector, template.labels()))) {
                        violations.add(owner + ": selects no pod of this overlay");
                    }
                }
                case "NetworkPolicy" -> {
                    if (!List.of("default-deny", "strimzi-operands", "api-clients").contains(name(object))
                            && templates.stream().noneMatch(t -> selects(map(spec.get("podSelector")), t.labels()))) {
                        violations.add(owner + ": selects no pod of this overlay");
                    }
                }
                default -> { }
            }
        }
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyProbeServiceMonitorAndRouteNamesAPortThatExists(Overlay overlay) {
        List<Map<String, Object>> objects = objects(overlay);
        List<Template> templates = templates(objects);
        List<String> violations = new ArrayList<>();

        for (Template template : templates) {
            violations.addAll(probeViolations(template));
        }
        for (Map<String, Object> object : objects) {
            Map<String, Object> spec = map(object.get("spec"));
            String owner = object.get("kind") + "/" + name(object);
            if (object.get("kind").equals("Service")) {
                Map<String, Object> selector = Map.of("matchLabels", spec.get("selector"));
                for (Object port : list(spec.get("ports"))) {
                    Object target = map(port).get("targetPort");
                    templates.stream().filter(t -> selects(selector, t.labels()))
                            .filter(t -> !containerPorts(t).containsKey(String.valueOf(target)))
                            .forEach(t -> violations.add(owner + ": targetPort " + target + " not in " + t.owner()));
                }
            }
            if (object.get("kind").equals("PodMonitor")) {
                for (Object endpoint : list(spec.get("podMetricsEndpoints"))) {
                    Object port = map(endpoint).get("port");
                    templates.stream().filter(t -> selects(map(spec.get("selector")), t.labels()))
                            .filter(t -> !containerPorts(t).containsKey(String.valueOf(port)))
                            .forEach(t -> violations.add(owner + ": port " + port + " not in " + t.owner()));
                }
            }
            if (object.get("kind").equals("HTTPRoute")) {
                for (Object rule : list(spec.get("rules"))) {
                    for (Object backend : list(map(rule).get("backendRefs"))) {
                        Map<String, Object> ref = map(backend);
                        boolean exists = objects.stream().anyMatch(o -> o.get("kind").equals("Service")
                                && name(o).equals(ref.get("name")) && list(map(o.get("spec")).get("ports")).stream()
                                .anyMatch(p -> Objects.equals(map(p).get("port"), ref.get("port"))));
                        if (!exists) {
                            violations.add(owner + ": no Service " + ref.get("name") + " with port " + ref.get("port"));
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theProbeRuleRefusesAPortTheContainerDoesNotDeclare() {
        Map<String, Object> container = Map.of("name", "app", "ports", List.of(Map.of("name", "http", "containerPort", 8080)),
                "readinessProbe", Map.of("httpGet", Map.of("path", "/", "port", "management")));
        Template broken = new Template("Deployment/broken", Map.of(), Map.of("containers", List.of(container)));

        assertThat(probeViolations(broken)).singleElement().asString().contains("management");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyAutoscalerTargetsADeploymentThatExistsAndNoneIsScaledTwice(Overlay overlay) {
        List<Map<String, Object>> objects = objects(overlay);
        Set<String> deployments = new TreeSet<>();
        objects.stream().filter(o -> o.get("kind").equals("Deployment")).forEach(o -> deployments.add(name(o)));
        List<String> targets = new ArrayList<>();

        for (Map<String, Object> object : objects) {
            Map<String, Object> spec = map(object.get("spec"));
            if (object.get("kind").equals("HorizontalPodAutoscaler") || object.get("kind").equals("ScaledObject")) {
                Map<String, Object> target = map(spec.get("scaleTargetRef"));
                assertThat(target.getOrDefault("kind", "Deployment")).isEqualTo("Deployment");
                assertThat(target.getOrDefault("apiVersion", "apps/v1")).isEqualTo("apps/v1");
                assertThat(deployments).as(object.get("kind") + "/" + name(object) + " target").contains(
                        String.valueOf(target.get("name")));
                targets.add(String.valueOf(target.get("name")));
            }
        }
        assertThat(targets).doesNotHaveDuplicates().isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyDisruptionBudgetLetsADrainEvictAPodAndKeepsTheMajority(Overlay overlay) {
        List<Map<String, Object>> objects = objects(overlay);
        Map<String, Integer> minimumReplicas = minimumReplicas(objects);

        for (Map<String, Object> budget : objects.stream().filter(o -> o.get("kind").equals("PodDisruptionBudget")).toList()) {
            Map<String, Object> spec = map(budget.get("spec"));
            assertThat(spec).as("PodDisruptionBudget " + name(budget) + " uses maxUnavailable")
                    .containsKey("maxUnavailable").doesNotContainKey("minAvailable");
            int maxUnavailable = ((Number) spec.get("maxUnavailable")).intValue();
            Integer replicas = minimumReplicas.get(name(budget));
            assertThat(replicas).as("the workload of PodDisruptionBudget " + name(budget)).isNotNull();
            assertThat(maxUnavailable).as(name(budget) + ": a drain can always evict one pod").isPositive();
            if (replicas >= 3) {
                assertThat(replicas - maxUnavailable).as(name(budget) + ": a majority of " + replicas + " stays up")
                        .isGreaterThan(replicas / 2);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void namesPortNamesSchedulesAndTimeZonesAreOnesTheApiServerAccepts(Overlay overlay) {
        List<Map<String, Object>> objects = objects(overlay);

        for (Map<String, Object> object : objects) {
            assertThat(name(object)).as(object.get("kind") + " name").matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?").hasSizeLessThanOrEqualTo(
                    object.get("kind").equals("Service") ? 63 : 253);
            if (object.get("kind").equals("CronJob")) {
                Map<String, Object> spec = map(object.get("spec"));
                assertThat(String.valueOf(spec.get("schedule")).split(" ")).as(name(object) + " schedule").hasSize(5);
                assertThat(ZoneId.of(String.valueOf(spec.get("timeZone")))).isNotNull();
            }
        }
        for (Template template : templates(objects)) {
            containerPorts(template).keySet().stream().filter(port -> !port.matches("\\d+")).forEach(port ->
                    assertThat(port).as(template.owner() + " port name").matches(PORT_NAME));
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void certificatesNameTheOverlaysNamespaceAndTheGatewayServesTheCertificateCertManagerWrites(Overlay overlay) {
        List<Map<String, Object>> objects = objects(overlay);
        Map<String, List<String>> certificateNames = new LinkedHashMap<>();
        for (Map<String, Object> certificate : objects.stream().filter(o -> o.get("kind").equals("Certificate")).toList()) {
            Map<String, Object> spec = map(certificate.get("spec"));
            List<String> dnsNames = list(spec.getOrDefault("dnsNames", List.of())).stream().map(String::valueOf).toList();
            certificateNames.put(String.valueOf(spec.get("secretName")), dnsNames);
            dnsNames.stream().filter(dns -> dns.endsWith(".svc.cluster.local")).forEach(dns ->
                    assertThat(dns).as("Certificate " + name(certificate)).endsWith("." + overlay.namespace() + ".svc.cluster.local"));
        }
        for (Map<String, Object> gateway : objects.stream().filter(o -> o.get("kind").equals("Gateway")).toList()) {
            for (Object listener : list(map(gateway.get("spec")).get("listeners"))) {
                for (Object reference : list(map(map(listener).get("tls")).get("certificateRefs"))) {
                    assertThat(certificateNames).as("a Certificate writes " + map(reference).get("name"))
                            .containsKey(String.valueOf(map(reference).get("name")));
                }
            }
        }
        for (Map<String, Object> route : objects.stream().filter(o -> o.get("kind").equals("HTTPRoute")).toList()) {
            for (Object hostname : list(map(route.get("spec")).get("hostnames"))) {
                assertThat(certificateNames.values()).as("a certificate for " + hostname)
                        .anyMatch(names -> names.contains(String.valueOf(hostname)));
            }
        }
    }

    static List<String> topologySpreadViolations(Template template) {
        List<String> violations = new ArrayList<>();
        for (Object item : list(template.spec().getOrDefault("topologySpreadConstraints", List.of()))) {
            Map<String, Object> constraint = map(item);
            List<String> matchLabelKeys = list(constraint.getOrDefault("matchLabelKeys", List.of())).stream()
                    .map(String::valueOf).toList();
            Map<String, Object> selector = map(constraint.get("labelSelector"));
            if (!matchLabelKeys.isEmpty() && selector == null) {
                violations.add(template.owner() + ": matchLabelKeys without labelSelector");
                continue;
            }
            Set<String> selectorKeys = new TreeSet<>();
            if (selector != null) {
                selectorKeys.addAll(map(selector.getOrDefault("matchLabels", Map.of())).keySet());
                list(selector.getOrDefault("matchExpressions", List.of()))
                        .forEach(expression -> selectorKeys.add(String.valueOf(map(expression).get("key"))));
                if (!selects(selector, template.labels())) {
                    violations.add(template.owner() + ": its own pods are not counted by the spread's labelSelector");
                }
            }
            matchLabelKeys.stream().filter(selectorKeys::contains).forEach(key -> violations.add(template.owner()
                    + ": " + key + " is both in labelSelector and in matchLabelKeys"));
        }
        return violations;
    }

    static List<String> probeViolations(Template template) {
        List<String> violations = new ArrayList<>();
        for (Object item : list(template.spec().getOrDefault("containers", List.of()))) {
            Map<String, Object> container = map(item);
            Map<String, Integer> ports = new LinkedHashMap<>();
            list(container.getOrDefault("ports", List.of())).forEach(port -> ports.put(
                    String.valueOf(map(port).get("name")), ((Number) map(port).get("containerPort")).intValue()));
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                Map<String, Object> definition = map(container.get(probe));
                if (definition == null) {
                    continue;
                }
                for (String handler : List.of("httpGet", "tcpSocket", "grpc")) {
                    Map<String, Object> action = map(definition.get(handler));
                    if (action == null) {
                        continue;
                    }
                    Object port = action.get("port");
                    boolean known = port instanceof Number number ? number.intValue() > 0 && number.intValue() < 65536
                            : ports.containsKey(String.valueOf(port));
                    if (!known) {
                        violations.add(template.owner() + "/" + container.get("name") + " " + probe + ": port " + port
                                + " is not a port of the container");
                    }
                }
            }
        }
        return violations;
    }

    /** Every pod template of the overlay, with the labels its pods carry. */
    static List<Template> templates(List<Map<String, Object>> objects) {
        List<Template> templates = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            String owner = object.get("kind") + "/" + name(object);
            Map<String, Object> spec = map(object.get("spec"));
            switch (String.valueOf(object.get("kind"))) {
                case "Deployment" -> templates.add(template(owner, map(spec.get("template")), Map.of()));
                case "CronJob" -> templates.add(template(owner,
                        map(map(map(spec.get("jobTemplate")).get("spec")).get("template")), Map.of()));
                case "MongoDBCommunity" -> {
                    // The operator labels the members app=<name>-svc and merges this template into its own.
                    Map<String, Object> statefulSet = map(map(spec.getOrDefault("statefulSet", Map.of())).get("spec"));
                    Map<String, Object> template = statefulSet == null ? Map.of() : map(statefulSet.get("template"));
                    Map<String, Object> labels = Map.of("app", name(object) + "-svc");
                    templates.add(template(owner, template == null ? Map.of() : template, labels));
                }
                case "KafkaNodePool" -> {
                    Map<String, Object> labels = new LinkedHashMap<>();
                    labels.put("strimzi.io/cluster", map(map(object.get("metadata")).get("labels")).get("strimzi.io/cluster"));
                    labels.put("strimzi.io/kind", "Kafka");
                    labels.put("strimzi.io/pool-name", name(object));
                    Map<String, Object> pod = new LinkedHashMap<>(Objects.requireNonNullElse(
                            map(map(spec.getOrDefault("template", Map.of())).get("pod")), Map.of()));
                    // the container Strimzi creates, with its metrics port where the cluster has a metrics config
                    Map<String, Object> cluster = kafka(objects, String.valueOf(labels.get("strimzi.io/cluster")));
                    boolean metrics = cluster != null && map(map(cluster.get("spec")).get("kafka")).containsKey("metricsConfig");
                    pod.put("containers", List.of(Map.of("name", "kafka", "ports", metrics
                            ? List.of(Map.of("name", "tcp-prometheus", "containerPort", 9404)) : List.of())));
                    templates.add(new Template(owner, labels, pod));
                }
                case "Kafka" -> {
                    if (spec.containsKey("kafkaExporter")) {
                        // Strimzi's Kafka Exporter Deployment, as the operator labels it
                        templates.add(new Template(owner + " (Kafka Exporter)", Map.of("strimzi.io/cluster", name(object),
                                "strimzi.io/kind", "Kafka", "strimzi.io/name", name(object) + "-kafka-exporter"),
                                Map.of("containers", List.of(Map.of("name", "kafka-exporter", "ports",
                                        List.of(Map.of("name", "tcp-prometheus", "containerPort", 9404)))))));
                    }
                }
                default -> { }
            }
        }
        return templates;
    }

    private static Map<String, Object> kafka(List<Map<String, Object>> objects, String name) {
        return objects.stream().filter(o -> o.get("kind").equals("Kafka") && name(o).equals(name)).findFirst().orElse(null);
    }

    private static Template template(String owner, Map<String, Object> template, Map<String, Object> operatorLabels) {
        Map<String, Object> labels = new LinkedHashMap<>();
        Map<String, Object> metadata = map(template.get("metadata"));
        if (metadata != null && metadata.get("labels") != null) {
            labels.putAll(map(metadata.get("labels")));
        }
        labels.putAll(operatorLabels);
        return new Template(owner, labels, Objects.requireNonNullElse(map(template.get("spec")), Map.of()));
    }

    private static Map<String, Integer> containerPorts(Template template) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Object container : list(template.spec().getOrDefault("containers", List.of()))) {
            list(map(container).getOrDefault("ports", List.of())).forEach(port -> ports.put(
                    String.valueOf(map(port).get("name")), ((Number) map(port).get("containerPort")).intValue()));
        }
        return ports;
    }

    /** Budget name → the fewest pods its workload runs (autoscaler floor, replicas, replica-set members). */
    private static Map<String, Integer> minimumReplicas(List<Map<String, Object>> objects) {
        Map<String, Integer> replicas = new LinkedHashMap<>();
        for (Map<String, Object> object : objects) {
            Map<String, Object> spec = map(object.get("spec"));
            switch (String.valueOf(object.get("kind"))) {
                case "HorizontalPodAutoscaler" -> replicas.put(name(object), ((Number) spec.get("minReplicas")).intValue());
                case "ScaledObject" -> replicas.put(name(object), ((Number) spec.get("minReplicaCount")).intValue());
                case "MongoDBCommunity" -> replicas.put(name(object), ((Number) spec.get("members")).intValue());
                default -> { }
            }
        }
        return replicas;
    }

    static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, Object> matchLabels = Objects.requireNonNullElse(map(selector.get("matchLabels")), Map.of());
        boolean labelsMatch = matchLabels.entrySet().stream()
                .allMatch(entry -> Objects.equals(String.valueOf(entry.getValue()), String.valueOf(labels.get(entry.getKey()))));
        return labelsMatch && list(selector.getOrDefault("matchExpressions", List.of())).stream().allMatch(item -> {
            Map<String, Object> expression = map(item);
            Object value = labels.get(String.valueOf(expression.get("key")));
            List<String> values = list(expression.getOrDefault("values", List.of())).stream().map(String::valueOf).toList();
            return switch (String.valueOf(expression.get("operator"))) {
                case "In" -> value != null && values.contains(String.valueOf(value));
                case "NotIn" -> value == null || !values.contains(String.valueOf(value));
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
        });
    }

    static List<Map<String, Object>> objects(Overlay overlay) {
        List<Map<String, Object>> objects = new ArrayList<>();
        new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Kustomize.yaml(overlay))
                .forEach(object -> objects.add(map(object)));
        return objects;
    }

    private static String name(Map<String, Object> object) {
        return String.valueOf(map(object.get("metadata")).get("name"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
