package jp.tokyo.monozukuri.infrastructure.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * {@code dead.letter.records}: how many records each dead-letter topic of this service's consumers holds
 * (the sum of its partitions' end offsets). Any value above zero needs an operator (RUNBOOK: replay).
 */
public class DeadLetterMetrics implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterMetrics.class);

    private final List<String> topics;
    private final AdminClient admin;
    private final Map<String, AtomicLong> records = new ConcurrentHashMap<>();

    public DeadLetterMetrics(List<String> topics, String brokers, MeterRegistry registry) {
        this.topics = List.copyOf(topics);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        this.admin = AdminClient.create(props);
        for (String topic : this.topics) {
            Gauge.builder("dead.letter.records", records.computeIfAbsent(topic, t -> new AtomicLong()), AtomicLong::get)
                    .description("records in a dead-letter topic of this service's consumers")
                    .tag("topic", topic).register(registry);
        }
    }

    @Scheduled(fixedDelayString = "${dead-letters.metrics-interval:15s}")
    public void sample() {
        for (String topic : topics) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(List.of(topic)).allTopicNames()
                        .get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                described.get(topic).partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()),
                        OffsetSpec.latest()));
                long total = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream()
                        .mapToLong(info -> info.offset()).sum();
                records.get(topic).set(total);
            } catch (Exception e) {
                // A dead-letter topic that does not exist yet holds nothing.
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                log.debug("could not sample dead-letter topic {}: {}", topic, e.toString());
            }
        }
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
