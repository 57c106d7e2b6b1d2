package jp.tokyo.monozukuri.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a service's {@code /actuator/prometheus}: counters by name and labels, so that two scrapes give
 * what the service did in between (events published and consumed, store commands, HTTP requests).
 */
record Metrics(Map<String, Double> samples) {

    /** name, labels (whose quoted values may hold braces, as in {@code uri="/api/plans/{id}"}), value */
    private static final Pattern LINE = Pattern.compile(
            "^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*\\})?\\s+(\\S+)");

    static Metrics scrape(Http http, String baseUri) {
        Http.Response response = http.getText(baseUri + "/actuator/prometheus");
        Map<String, Double> samples = new HashMap<>();
        if (response.status() != 200) {
            return new Metrics(samples);
        }
        for (String line : response.body().split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                try {
                    samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)));
                } catch (NumberFormatException ignored) {
                    // NaN and friends
                }
            }
        }
        return new Metrics(samples);
    }

    /** The sum of every sample of this metric whose labels contain all of {@code labels} (as {@code key="value"}). */
    double sum(String name, String... labels) {
        double total = 0;
        for (Map.Entry<String, Double> sample : samples.entrySet()) {
            String key = sample.getKey();
            if (!key.equals(name) && !key.startsWith(name + "{")) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= key.contains(label);
            }
            if (all) {
                total += sample.getValue();
            }
        }
        return total;
    }

    /** {@code this − earlier}, sample by sample. */
    Metrics minus(Metrics earlier) {
        Map<String, Double> delta = new HashMap<>();
        samples.forEach((key, value) -> delta.put(key, value - earlier.samples.getOrDefault(key, 0.0)));
        return new Metrics(delta);
    }

    Metrics times(double factor) {
        Map<String, Double> scaled = new HashMap<>();
        samples.forEach((key, value) -> scaled.put(key, value * factor));
        return new Metrics(scaled);
    }
}
