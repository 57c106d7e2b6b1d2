package jp.tokyo.monozukuri.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.PlanApproved;
import jp.tokyo.monozukuri.contracts.approval.ReviewStarted;
import jp.tokyo.monozukuri.contracts.grant.GrantOpened;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * Kafka produce→consume round trips, one after the other, the way one event crosses one hop of the pipeline:
 * the envelope written as JSON and sent as UTF-8 bytes keyed by the aggregate id with the services' headers,
 * with the outbox relay's producer settings (acks=all, idempotent, linger.ms=0, each send awaited); read by a
 * consumer in a group that parses the envelope and its payload as {@code InboundEvents} does and commits after
 * each poll, as the binder does. The four events one plan causes are sent in turn, so the sizes match.
 */
final class KafkaRoundTrips {

    record Result(int count, double perSecond, Distribution latencyMillis, int averageBytes) {
    }

    private record Sample(String type, Class<?> payload, EventEnvelope<?> envelope) {
    }

    private static final Duration AWAIT = Duration.ofSeconds(30);

    private final String bootstrap;
    private final String topic;
    private final List<Sample> samples = new ArrayList<>();

    KafkaRoundTrips(String bootstrap, String runMarker) {
        this.bootstrap = bootstrap;
        this.topic = "bench-roundtrips-" + runMarker;
        samples.add(sample(EventTypes.PLAN_SUBMITTED, PlanSubmitted.class));
        samples.add(sample(EventTypes.REVIEW_STARTED, ReviewStarted.class));
        samples.add(sample(EventTypes.PLAN_APPROVED, PlanApproved.class));
        samples.add(sample(EventTypes.GRANT_OPENED, GrantOpened.class));
    }

    private static Sample sample(String type, Class<?> payload) {
        String resource = "fixtures/" + type + ".json";
        try (InputStream in = KafkaRoundTrips.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path (contracts)");
            }
            JavaType envelopeType = Json.MAPPER.getTypeFactory().constructParametricType(EventEnvelope.class, payload);
            return new Sample(type, payload, Json.MAPPER.readValue(in, envelopeType));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Result measure(Duration warmUp, Duration duration, int maxCount) {
        createTopic();
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean assigned = new AtomicBoolean(false);
        Thread consumerThread = new Thread(() -> consume(received, running, assigned), "bench-consumer");
        consumerThread.setDaemon(true);
        consumerThread.start();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties())) {
            long waitUntil = System.nanoTime() + AWAIT.toNanos();
            while (!assigned.get() && System.nanoTime() < waitUntil) {
                Thread.sleep(50);
            }
            roundTrips(producer, received, warmUp, Integer.MAX_VALUE, null);
            List<Double> latencies = new ArrayList<>();
            long[] bytes = new long[1];
            long start = System.nanoTime();
            int count = roundTrips(producer, received, duration, maxCount, (millis, size) -> {
                latencies.add(millis);
                bytes[0] += size;
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(count, count / seconds, Distribution.ofMillis(latencies),
                    count == 0 ? 0 : (int) (bytes[0] / count));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            running.set(false);
            try {
                consumerThread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deleteTopic();
        }
    }

    private interface Recorder {
        void record(double millis, int bytes);
    }

    private int roundTrips(KafkaProducer<byte[], byte[]> producer, BlockingQueue<String> received, Duration duration,
            int maxCount, Recorder recorder) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        int count = 0;
        while (count < maxCount && System.nanoTime() < end) {
            Sample sample = samples.get(count % samples.size());
            long start = System.nanoTime();
            EventEnvelope<?> template = sample.envelope();
            UUID eventId = UUID.randomUUID();
            EventEnvelope<?> envelope = new EventEnvelope<>(eventId, template.eventType(), template.eventVersion(),
                    template.occurredAt(), template.producer(), template.aggregateId(), template.municipalityCode(),
                    template.correlationId(), template.payload());
            byte[] value = Json.MAPPER.writeValueAsString(envelope).getBytes(StandardCharsets.UTF_8);
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic,
                    envelope.aggregateId().getBytes(StandardCharsets.UTF_8), value);
            record.headers().add("eventType", sample.type().getBytes(StandardCharsets.UTF_8));
            record.headers().add("eventId", eventId.toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add("traceparent", ("00-" + eventId.toString().replace("-", "")
                    + "-0000000000000001-01").getBytes(StandardCharsets.UTF_8));
            try {
                producer.send(record).get(AWAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("send to " + topic + " failed", e);
            }
            String got;
            do {
                got = received.poll(AWAIT.toMillis(), TimeUnit.MILLISECONDS);
                if (got == null) {
                    throw new IllegalStateException("event " + eventId + " was not consumed within " + AWAIT);
                }
            } while (!got.equals(eventId.toString()));
            if (recorder != null) {
                recorder.record((System.nanoTime() - start) / 1e6, value.length);
            }
            count++;
        }
        return count;
    }

    private void consume(BlockingQueue<String> received, AtomicBoolean running, AtomicBoolean assigned) {
        JavaType treeEnvelope = Json.MAPPER.getTypeFactory().constructParametricType(EventEnvelope.class,
                JsonNode.class);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties())) {
            consumer.subscribe(List.of(topic));
            while (running.get()) {
                var records = consumer.poll(Duration.ofMillis(100));
                if (!consumer.assignment().isEmpty()) {
                    assigned.set(true);
                }
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    EventEnvelope<JsonNode> envelope = Json.MAPPER.readValue(record.value(), treeEnvelope);
                    Class<?> payloadType = samples.stream().filter(s -> s.type().equals(envelope.eventType()))
                            .findFirst().orElseThrow().payload();
                    Json.MAPPER.treeToValue(envelope.payload(), payloadType);
                    received.add(envelope.eventId().toString());
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        }
    }

    private Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }

    private Properties consumerProperties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, topic);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }

    private Map<String, Object> adminProperties() {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    }

    private void createTopic() {
        try (Admin admin = Admin.create(adminProperties())) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create " + topic, e);
        }
    }

    private void deleteTopic() {
        try (Admin admin = Admin.create(adminProperties())) {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("could not delete " + topic + ": " + e.getMessage());
        }
    }
}
