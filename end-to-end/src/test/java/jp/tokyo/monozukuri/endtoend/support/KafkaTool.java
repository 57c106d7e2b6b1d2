package jp.tokyo.monozukuri.endtoend.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The stack's broker as an operator sees it: records put on a topic, dead letters read, consumer offsets reset. */
public final class KafkaTool {

    private final String bootstrapServers;

    public KafkaTool(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public void send(String topic, String key, byte[] value) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send to " + topic, e.getCause());
        }
    }

    /** The keys of every record on a topic so far, with how often each occurs; an absent topic has none. */
    public Map<String, Long> keysOn(String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (partitions.isEmpty()) {
                return Map.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<String, Long> keys = new HashMap<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    keys.merge(String.valueOf(record.key()), 1L, Long::sum);
                }
            }
            return keys;
        } catch (org.apache.kafka.common.errors.TimeoutException noSuchTopicYet) {
            return Map.of();
        }
    }

    /** How many records the topics hold (all partitions, from the first offset to the end). */
    public long recordCount(Set<String> topics) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var description : admin.describeTopics(topics).allTopicNames().get().values()) {
                description.partitions().forEach(p -> {
                    earliest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.earliest());
                    latest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest());
                });
            }
            var from = admin.listOffsets(earliest).all().get();
            var to = admin.listOffsets(latest).all().get();
            return to.entrySet().stream().mapToLong(e -> e.getValue().offset() - from.get(e.getKey()).offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot count the records of " + topics, e.getCause());
        }
    }

    /**
     * Moves a consumer group back to the first offset of every partition it has consumed: every event is delivered
     * to it a second time. The group must have no members (its service stopped).
     *
     * @return how many records the group will read again
     */
    public long rewind(String group) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> earliest = committed.keySet().stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest()));
            var first = admin.listOffsets(earliest).all().get();
            Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
            long again = 0;
            for (var entry : committed.entrySet()) {
                long start = first.get(entry.getKey()).offset();
                rewound.put(entry.getKey(), new OffsetAndMetadata(start));
                again += entry.getValue().offset() - start;
            }
            admin.alterConsumerGroupOffsets(group, rewound).all().get();
            return again;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot rewind consumer group " + group, e.getCause());
        }
    }

    /** Records the group has not consumed yet, over all partitions it has offsets for. */
    public long lag(String group) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            var end = admin.listOffsets(latest).all().get();
            return committed.entrySet().stream()
                    .mapToLong(e -> end.get(e.getKey()).offset() - e.getValue().offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of " + group, e.getCause());
        }
    }

    /** The groups of the stack with the topics each consumes (the services' application.yml). */
    public static Map<String, List<String>> consumerGroups() {
        Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
        groups.put("plan-service", List.of("approval-events"));
        groups.put("approval-service", List.of("plan-events"));
        groups.put("grant-service", List.of("approval-events"));
        groups.put("notification-service", List.of("plan-events", "approval-events", "grant-events"));
        return groups;
    }

    /** The consumer groups of one topic. */
    public static List<String> groupsOf(String topic) {
        List<String> groups = new ArrayList<>();
        consumerGroups().forEach((group, topics) -> {
            if (topics.contains(topic)) {
                groups.add(group);
            }
        });
        return groups;
    }

    private Admin admin() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return Admin.create(properties);
    }
}
