package jp.tokyo.monozukuri.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The Kafka topics one service uses: what it publishes, and per consuming binding the topic, its consumer group
 * and its dead-letter topic ({@code null} when the configuration names none).
 *
 * @param source the service's application.yml, or {@code null} when it does not exist yet and the bindings come
 *               from the design's conventions ({@link Conventions})
 */
record ServiceBindings(String service, Set<String> published, List<Consumption> consumptions, Path source) {

    record Consumption(String binding, String topic, String group, String deadLetterTopic) {
    }

    ServiceBindings {
        published = Set.copyOf(published);
        consumptions = List.copyOf(consumptions);
    }

    Set<String> consumedTopics() {
        return new TreeSet<>(consumptions.stream().map(Consumption::topic).toList());
    }

    /** Every topic the service names: published, consumed and dead-letter topics. */
    Set<String> allTopics() {
        Set<String> topics = new TreeSet<>(published);
        topics.addAll(consumedTopics());
        consumptions.stream().map(Consumption::deadLetterTopic).filter(java.util.Objects::nonNull).forEach(topics::add);
        return topics;
    }

    boolean fromApplicationYml() {
        return source != null;
    }

    static Set<String> topicsOf(Stream<ServiceBindings> services) {
        Set<String> topics = new TreeSet<>();
        services.forEach(bindings -> topics.addAll(bindings.allTopics()));
        return topics;
    }
}
