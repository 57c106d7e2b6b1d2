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
import jp.tokyo.monozukuri.infrastructure.events.PollingTask;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Per dead-letter topic of this service's consumers: {@code dead.letter.records}, how many records it ever received
 * (the sum of its partitions' end offsets), and {@code dead.letter.pending}, how many of them still wait for a
 * replay: those beyond the offsets committed by the replay group {@code replay.<topic>} of the RUNBOOK (all of them
 * before the first replay). A pending record needs an operator; once replayed, the alert clears.
 */
public class DeadLetterMetrics implements DisposableBean, PollingTask {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterMetrics.class);

    private final List<String> topics;
    private final AdminClient admin;
    private final Map<String, AtomicLong> records = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> pending = new ConcurrentHashMap<>();

    public DeadLetterMetrics(List<String> topics, String brokers, MeterRegistry registry) {
        this(topics, brokers, Map.of(), registry);
    }

    /**
     * @param clientConfiguration the binder's Kafka client properties ({@code spring.cloud.stream.kafka.binder
     *                            .configuration}), so that this admin client authenticates like the binder does
     *                            (TLS and its certificate on a secured listener)
     */
    public DeadLetterMetrics(List<String> topics, String brokers, Map<String, String> clientConfiguration,
            MeterRegistry registry) {
        this.topics = List.copyOf(topics);
        this.admin = AdminClient.create(adminProperties(brokers, clientConfiguration));
        for (String topic : this.topics) {
            Gauge.builder("dead.letter.records", records.computeIfAbsent(topic, t -> new AtomicLong()), AtomicLong::get)
                    .description("records in a dead-letter topic of this service's consumers")
                    .tag("topic", topic).register(registry);
            Gauge.builder("dead.letter.pending", pending.computeIfAbsent(topic, t -> new AtomicLong()), AtomicLong::get)
                    .description("dead-letter records not yet replayed (beyond the offsets of group replay.<topic>)")
                    .tag("topic", topic).register(registry);
        }
    }

    static Properties adminProperties(String brokers, Map<String, String> clientConfiguration) {
        Properties props = new Properties();
        props.putAll(clientConfiguration);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return props;
    }

    /** The consumer group the RUNBOOK's replay of {@code deadLetterTopic} commits its progress with. */
    public static String replayGroup(String deadLetterTopic) {
        return "replay." + deadLetterTopic;
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
                Map<TopicPartition, Long> ends = new HashMap<>();
                admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS)
                        .forEach((partition, info) -> ends.put(partition, info.offset()));
                Map<TopicPartition, OffsetAndMetadata> replayed = replayedOffsets(topic);
                long waiting = 0;
                for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                    OffsetAndMetadata done = replayed.get(end.getKey());
                    waiting += Math.max(0, end.getValue() - (done == null ? 0 : done.offset()));
                }
                records.get(topic).set(ends.values().stream().mapToLong(Long::longValue).sum());
                pending.get(topic).set(waiting);
            } catch (Exception e) {
                // A dead-letter topic that does not exist yet holds nothing.
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                log.debug("could not sample dead-letter topic {}: {}", topic, e.toString());
            }
        }
    }

    private Map<TopicPartition, OffsetAndMetadata> replayedOffsets(String topic) {
        try {
            return admin.listConsumerGroupOffsets(replayGroup(topic)).partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // No replay yet: every record is waiting.
            return Map.of();
        }
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
