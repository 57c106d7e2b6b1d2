package jp.tokyo.monozukuri.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the Spring Cloud Stream bindings out of each service's {@code src/main/resources/application.yml}: the
 * YAML is parsed and flattened to property names the way Spring does (nested keys and dotted keys alike), then
 * {@code spring.cloud.stream.bindings.<b>.destination|group} and
 * {@code spring.cloud.stream.kafka.bindings.<b>.consumer.dlq-name} are collected. A binding with a group consumes;
 * one without publishes. Documents activated only for a profile are not read: Kubernetes runs the defaults.
 */
final class ServiceConfigurations {

    private static final Pattern BINDING = Pattern.compile("spring\\.cloud\\.stream\\.bindings\\.([^.]+)\\.(destination|group)");
    private static final Pattern DEAD_LETTER =
            Pattern.compile("spring\\.cloud\\.stream\\.kafka\\.bindings\\.([^.]+)\\.consumer\\.dlqname");

    private ServiceConfigurations() {
    }

    static Path applicationYml(String service) {
        return RepositoryPaths.repositoryRoot().resolve(service).resolve("src/main/resources/application.yml");
    }

    /** Every service's bindings: from its application.yml where it exists, from the conventions otherwise. */
    static List<ServiceBindings> all() {
        return Conventions.SERVICES.stream()
                .map(service -> Files.exists(applicationYml(service))
                        ? read(service, applicationYml(service))
                        : Conventions.of(service))
                .toList();
    }

    static ServiceBindings of(String service) {
        return all().stream().filter(bindings -> bindings.service().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such service " + service));
    }

    static ServiceBindings read(String service, Path applicationYml) {
        Map<String, String> properties = properties(applicationYml);
        Map<String, String> destinations = new LinkedHashMap<>();
        Map<String, String> groups = new LinkedHashMap<>();
        Map<String, String> deadLetters = new LinkedHashMap<>();
        properties.forEach((name, value) -> {
            Matcher binding = BINDING.matcher(canonical(name));
            if (binding.matches()) {
                String bindingName = segment(name, 4);
                (binding.group(2).equals("destination") ? destinations : groups).put(bindingName, value);
            }
            Matcher deadLetter = DEAD_LETTER.matcher(canonical(name));
            if (deadLetter.matches()) {
                deadLetters.put(segment(name, 5), value);
            }
        });
        Set<String> published = new TreeSet<>();
        List<ServiceBindings.Consumption> consumptions = new ArrayList<>();
        destinations.forEach((binding, destination) -> {
            for (String topic : destination.split(",")) {
                if (groups.containsKey(binding)) {
                    consumptions.add(new ServiceBindings.Consumption(
                            binding, topic.trim(), groups.get(binding), deadLetters.get(binding)));
                } else {
                    published.add(topic.trim());
                }
            }
        });
        return new ServiceBindings(service, published, consumptions, applicationYml);
    }

    /** Lower-case, without dashes: Spring's relaxed binding makes {@code dlq-name} and {@code dlqName} one property. */
    private static String canonical(String propertyName) {
        return propertyName.toLowerCase(Locale.ROOT).replace("-", "");
    }

    /** The binding's name as written: canonical() keeps the dots, so the segment index is the same. */
    private static String segment(String propertyName, int index) {
        String segment = propertyName.split("\\.")[index];
        return segment.startsWith("[") && segment.endsWith("]") ? segment.substring(1, segment.length() - 1) : segment;
    }

    static Map<String, String> properties(Path applicationYml) {
        Map<String, String> properties = new LinkedHashMap<>();
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Reader reader = Files.newBufferedReader(applicationYml, StandardCharsets.UTF_8)) {
            for (Object document : yaml.loadAll(reader)) {
                if (document instanceof Map<?, ?> map && !activatedOnlyForAProfile(map)) {
                    flatten("", map, properties);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static boolean activatedOnlyForAProfile(Map<?, ?> document) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", document, flat);
        return flat.keySet().stream().map(ServiceConfigurations::canonical)
                .anyMatch(name -> name.equals("spring.config.activate.onprofile") || name.equals("spring.profiles"));
    }

    private static void flatten(String prefix, Object value, Map<String, String> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, child, into));
        } else if (value instanceof List<?> list) {
            if (list.stream().noneMatch(item -> item instanceof Map<?, ?> || item instanceof List<?>)) {
                into.put(prefix, String.join(",", list.stream().map(String::valueOf).toList()));
            } else {
                for (int i = 0; i < list.size(); i++) {
                    flatten(prefix + "[" + i + "]", list.get(i), into);
                }
            }
        } else if (value != null) {
            into.put(prefix, String.valueOf(value));
        }
    }
}
