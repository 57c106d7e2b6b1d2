package jp.tokyo.monozukuri.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list of metrics the Grafana dashboard and the alert rules may query ({@value #LIST}), with the services that
 * export each. A service's tests scrape its {@code /actuator/prometheus} after a flow and check that every metric
 * listed for it is there; the Kubernetes module's tests check that the dashboard and the rules query nothing else.
 */
public final class ExportedMetrics {

    /** The list, relative to the repository root. */
    public static final String LIST = "deploy/kubernetes/components/monitoring/exported-metrics.txt";

    /** In the list: exported by every service. */
    public static final String ALL_SERVICES = "all";

    private ExportedMetrics() {
    }

    /** One line of the list: a metric as Prometheus names it, and who exports it. */
    public record Entry(String metric, Set<String> services) {

        public boolean exportedBy(String service) {
            return services.contains(ALL_SERVICES) || services.contains(service);
        }
    }

    /** Every metric the list says {@code service} exports. */
    public static Set<String> of(String service) {
        Set<String> metrics = new TreeSet<>();
        entries().stream().filter(entry -> entry.exportedBy(service)).forEach(entry -> metrics.add(entry.metric()));
        return metrics;
    }

    public static List<Entry> entries() {
        try {
            return Files.readAllLines(list(), StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+"))
                    .map(words -> new Entry(words[0], Set.copyOf(Arrays.asList(words).subList(1, words.length))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Found from the working directory of the tests (a module directory) upwards. */
    private static Path list() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve(LIST);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(LIST + " not found above " + Path.of("").toAbsolutePath());
    }
}
