package jp.tokyo.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboard and the alert rules of {@code components/monitoring}: valid JSON and YAML, the alerts the
 * operators asked for, shipped by the production overlays, and querying no metric but those of
 * {@code exported-metrics.txt} — the list each service's ObservabilityTest checks against its real
 * {@code /actuator/prometheus}.
 */
class MonitoringTest {

    private static final Path MONITORING = RepositoryPaths.kustomizeRoot().resolve("components/monitoring");
    private static final Path DASHBOARD = MONITORING.resolve("dashboards/monozukuri-flow.json");
    private static final Path RULES = MONITORING.resolve("prometheus-rule.yaml");
    private static final Path EXPORTED = MONITORING.resolve("exported-metrics.txt");

    /** PromQL words that look like metric names. */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)");

    @Test
    void theDashboardIsValidGrafanaJsonWithAQueryInEveryPanel() throws IOException {
        JsonNode dashboard = dashboard();

        assertThat(dashboard.path("uid").asString()).isEqualTo("monozukuri-flow");
        assertThat(dashboard.path("title").asString()).isNotBlank();
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panels::add);
        assertThat(panels).extracting(panel -> panel.path("id").asInt()).doesNotHaveDuplicates();
        assertThat(panels).allSatisfy(panel -> {
            JsonNode grid = panel.path("gridPos");
            assertThat(grid.path("x").asInt() + grid.path("w").asInt()).as(panel.path("title").asString())
                    .isBetween(1, 24);
        });
        List<JsonNode> queries = panels.stream().filter(panel -> !panel.path("type").asString().equals("row")).toList();
        assertThat(queries).isNotEmpty().allSatisfy(panel -> assertThat(panel.path("targets"))
                .as(panel.path("title").asString()).isNotEmpty()
                .allSatisfy(target -> assertThat(target.path("expr").asString()).isNotBlank()));
        assertThat(panels).extracting(panel -> panel.path("title").asString())
                .anySatisfy(title -> assertThat(title).contains("submissions → approvals → grants → notices"))
                .anySatisfy(title -> assertThat(title).contains("Outbox backlog"))
                .anySatisfy(title -> assertThat(title).contains("Dead letters"))
                .anySatisfy(title -> assertThat(title).contains("Consumer lag"))
                .anySatisfy(title -> assertThat(title).contains("failures"));
    }

    @Test
    void theAlertRulesAreAPrometheusRuleWithTheAlertsOperatorsNeed() throws IOException {
        Map<String, Object> resource = yaml(RULES);
        assertThat(resource).containsEntry("apiVersion", "monitoring.coreos.com/v1").containsEntry("kind", "PrometheusRule");

        Map<String, Map<String, Object>> rules = alertRules(resource);

        assertThat(rules.values()).allSatisfy(rule -> {
            assertThat(rule).containsKeys("expr", "for");
            assertThat(map(rule.get("labels"))).containsKey("severity");
            assertThat(map(rule.get("annotations"))).containsKeys("summary", "runbook");
        });
        assertThat(expr(rules, "DeadLetterRecordsWaiting")).contains("dead_letter_pending").endsWith("> 0");
        assertThat(expr(rules, "OutboxEventStuck")).contains("outbox_oldest_age_seconds").endsWith("> 300");
        assertThat(expr(rules, "NoticesFailed")).contains("notices{status=\"FAILED\"}").endsWith("> 0");
        assertThat(expr(rules, "ConsumerLagGrowing")).contains("deriv(", "spring_cloud_stream_binder_kafka_offset");
        assertThat(rules.get("ConsumerLagGrowing")).containsEntry("for", "10m");
        for (String service : Conventions.SERVICES) {
            assertThat(rules.values()).as("an alert when no replica of " + service + " is ready")
                    .anySatisfy(rule -> assertThat(rule.get("expr").toString())
                            .isEqualTo("absent(service_ready{application=\"" + service + "\"} == 1)"));
        }
    }

    @Test
    void everyMetricTheDashboardAndTheRulesQueryIsOneTheServicesExport() throws IOException {
        Set<String> queried = new TreeSet<>();
        queries().forEach(query -> queried.addAll(metricsIn(query)));
        Set<String> exported = exported();

        assertThat(queried).isNotEmpty();
        assertThat(exported).as("metrics queried but not in " + EXPORTED.getFileName()).containsAll(queried);
        assertThat(queried).as("listed metrics that nothing queries").containsAll(exported);
    }

    /**
     * Prometheus' own parser (promtool, Debian package prometheus) on the alert rules as they are, and on every
     * other PromQL expression (dashboard panels with Grafana's variables filled in, KEDA's trigger) as a recording
     * rule; a broken copy is refused.
     */
    @Test
    void everyPromQlExpressionParsesWithPrometheusOwnParser() throws IOException {
        Path promtool = Tools.find("promtool", "PROMTOOL", "prometheus");
        Map<String, Object> rules = yaml(RULES);
        List<String> expressions = new ArrayList<>();
        for (String query : queries()) {
            if (!query.isBlank() && !query.startsWith("label_values(")) {
                expressions.add(query.replaceAll("\\$__\\w+", "5m").replaceAll("\\$\\w+", "plan-service"));
            }
        }
        for (GenericKubernetesResource scaledObject : Kustomize.render(Overlay.PROD).custom("ScaledObject")) {
            scaledObject.<List<Map<String, Object>>>get("spec", "triggers").stream()
                    .filter(trigger -> "prometheus".equals(trigger.get("type")))
                    .forEach(trigger -> expressions.add(String.valueOf(map(trigger.get("metadata")).get("query"))));
        }
        assertThat(expressions).hasSizeGreaterThan(alertRules(rules).size());

        assertThat(promtool(promtool, map(rules.get("spec")))).as("the alert rules").isEqualTo("");
        assertThat(promtool(promtool, recordingRules(expressions))).as("the queries").isEqualTo("");
        List<String> broken = new ArrayList<>(expressions);
        broken.add("max(notices{status=\"PENDING\"}");
        assertThat(promtool(promtool, recordingRules(broken))).contains("unclosed left parenthesis");
    }

    private static Map<String, Object> recordingRules(List<String> expressions) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            rules.add(Map.of("record", "parsed:expression_" + i, "expr", expressions.get(i)));
        }
        return Map.of("groups", List.of(Map.of("name", "queries", "rules", rules)));
    }

    /** promtool check rules on these groups: "" when it accepts them, else what it said. */
    private static String promtool(Path promtool, Map<String, Object> groups) throws IOException {
        Path file = Files.createTempFile("rules", ".yaml");
        try {
            Files.writeString(file, new Yaml().dump(groups), StandardCharsets.UTF_8);
            Tools.Result result = Tools.run(Tools.command(promtool, "check", "rules", file.toString()), null);
            return result.exitCode() == 0 ? "" : result.output() + result.errors();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theMetricNamesOfAQueryAreFoundAndAnUnknownOneWouldBeReported() {
        assertThat(metricsIn("histogram_quantile(0.95, sum by (application, le) (rate(http_server_requests_seconds_bucket"
                + "{application=~\"$application\", uri!~\"/actuator.*\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(metricsIn("max by (group, topic) (lag) > 0 and deriv(max by (group, topic) (lag)[10m:1m]) > 0"))
                .containsExactly("lag");
        assertThat(metricsIn("absent(service_ready{application=\"plan-service\"} == 1)")).containsExactly("service_ready");
        assertThat(metricsIn("label_values(service_ready, application)")).containsExactly("service_ready");
        assertThat(metricsIn("sum(rate(events_rejected_total[5m])) / 1e3")).containsExactly("events_rejected_total");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void productionShipsTheRulesAndTheDashboardAndTheLocalClusterNeitherNeedsNorGetsThem(Overlay overlay)
            throws IOException {
        Rendered rendered = Kustomize.render(overlay);

        List<GenericKubernetesResource> rules = rendered.custom("PrometheusRule");
        var dashboards = rendered.find(ConfigMap.class, "monozukuri-dashboards");
        if (!overlay.production()) {
            assertThat(rules).isEmpty();
            assertThat(dashboards).isEmpty();
            return;
        }
        assertThat(rules).singleElement().satisfies(rule -> assertThat(rule.getMetadata().getLabels())
                .containsEntry("monozukuri.metro.tokyo.example/alert-rules", "true"));
        assertThat(dashboards).hasValueSatisfying(configMap -> {
            assertThat(configMap.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
            assertThat(configMap.getData()).containsKey("monozukuri-flow.json");
            try {
                assertThat(configMap.getData().get("monozukuri-flow.json"))
                        .isEqualTo(Files.readString(DASHBOARD, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void inKubernetesEveryServiceLogsJsonAndExportsSpansOnlyWhereACollectorIsConfigured(Overlay overlay) {
        Rendered rendered = Kustomize.render(overlay);

        for (String service : Conventions.SERVICES) {
            Deployment deployment = rendered.serviceDeployment(service);
            assertThat(rendered.configuredEnvironment(deployment))
                    .as(service + ": one JSON object per log line, with traceId, eventId, aggregateId")
                    .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
            assertThat(Rendered.app(deployment).getEnv())
                    .filteredOn(variable -> variable.getName().equals("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT"))
                    .as(service + ": the OTLP endpoint comes from the optional ConfigMap, never a default")
                    .singleElement().satisfies(variable -> {
                        assertThat(variable.getValue()).isNull();
                        assertThat(variable.getValueFrom().getConfigMapKeyRef().getName())
                                .isEqualTo("monozukuri-observability");
                        assertThat(variable.getValueFrom().getConfigMapKeyRef().getOptional()).isTrue();
                    });
        }
        assertThat(rendered.find(ConfigMap.class, "monozukuri-observability")).as("no collector by default").isEmpty();
    }

    /** Every PromQL expression of the dashboard (panels and variables) and of the rules. */
    private static List<String> queries() throws IOException {
        List<String> queries = new ArrayList<>();
        JsonNode dashboard = dashboard();
        dashboard.path("panels").forEach(panel -> panel.path("targets")
                .forEach(target -> queries.add(target.path("expr").asString())));
        dashboard.path("templating").path("list").forEach(variable -> {
            if (variable.path("type").asString().equals("query")) {
                queries.add(variable.path("definition").asString());
                queries.add(variable.path("query").path("query").asString());
            }
        });
        alertRules(yaml(RULES)).values().forEach(rule -> queries.add(rule.get("expr").toString()));
        return queries;
    }

    /**
     * The metric names in a PromQL expression: identifiers outside strings, label matchers, ranges and grouping
     * clauses that are neither functions nor keywords (a Grafana {@code label_values(metric, label)} names its metric).
     */
    static Set<String> metricsIn(String query) {
        Set<String> metrics = new LinkedHashSet<>();
        Matcher labelValues = LABEL_VALUES.matcher(query);
        if (labelValues.find()) {
            metrics.add(labelValues.group(1));
            return metrics;
        }
        String bare = query.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String name = identifier.group();
            boolean partOfNumber = identifier.start() > 0
                    && (Character.isDigit(bare.charAt(identifier.start() - 1)) || bare.charAt(identifier.start() - 1) == '.');
            boolean function = bare.substring(identifier.end()).stripLeading().startsWith("(");
            if (!partOfNumber && !function && !KEYWORDS.contains(name)) {
                metrics.add(name);
            }
        }
        return metrics;
    }

    static Set<String> exported() throws IOException {
        Set<String> metrics = new HashSet<>();
        for (String line : Files.readAllLines(EXPORTED, StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                metrics.add(entry.split("\\s+")[0]);
            }
        }
        return metrics;
    }

    private static JsonNode dashboard() throws IOException {
        return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build()
                .readTree(Files.readString(DASHBOARD, StandardCharsets.UTF_8));
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
        }
    }

    private static Map<String, Map<String, Object>> alertRules(Map<String, Object> prometheusRule) {
        Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
        for (Object group : (List<?>) map(prometheusRule.get("spec")).get("groups")) {
            for (Object rule : (List<?>) map(group).get("rules")) {
                Map<String, Object> alert = map(rule);
                assertThat(rules.put(alert.get("alert").toString(), alert)).as("alert names are unique").isNull();
            }
        }
        return rules;
    }

    private static String expr(Map<String, Map<String, Object>> rules, String alert) {
        assertThat(rules).as("alert " + alert).containsKey(alert);
        return rules.get(alert).get("expr").toString().strip();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }
}
