package jp.tokyo.monozukuri.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real broker: formatted once, auto-creating topics, and keeping records across a restart. */
class KafkaBrokerTest {

    private static final String TOPIC = "plan-events";
    private static final String PLAN_ID = "plan-131091-2014";
    private static final String EVENT = "{\"eventType\":\"plan.submitted\",\"municipalityCode\":\"131091\"}";

    @TempDir
    Path dataDir;

    @Test
    void theBrokerIsFormattedOnceAndKeepsARecordAcrossARestart() throws Exception {
        // given a broker started on an empty data folder
        StackPlan plan = StackFixture.plan(dataDir);
        ChildSpec kafka = StackFixture.spec(plan, StackPlan.KAFKA);
        String bootstrap = "localhost:" + plan.ports().kafka();
        ChildProcess running = StackFixture.startAndAwait(kafka);
        Path meta = plan.layout().kafka().resolve("data").resolve("meta.properties");
        String formatted = Files.readString(meta, StandardCharsets.UTF_8);

        // when a plan event is produced to a topic nobody created, and consumed
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(TOPIC, PLAN_ID, EVENT)).get();
        }

        // then the topic was created with three partitions and the record comes back
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            assertThat(admin.describeTopics(Set.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()).hasSize(3);
        }
        assertThat(consumeAll(bootstrap, "first-reader")).extracting(ConsumerRecord::key, ConsumerRecord::value)
                .containsExactly(tuple(PLAN_ID, EVENT));

        // and after a restart the storage was not formatted again and the record is still there
        StackFixture.stop(running);
        ChildProcess restarted = StackFixture.startAndAwait(kafka);
        try {
            assertThat(Files.readString(meta, StandardCharsets.UTF_8)).isEqualTo(formatted);
            assertThat(consumeAll(bootstrap, "second-reader")).extracting(ConsumerRecord::value).containsExactly(EVENT);
        } finally {
            StackFixture.stop(restarted);
        }
    }

    private static List<ConsumerRecord<String, String>> consumeAll(String bootstrap, String group) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(TOPIC));
            Instant deadline = Instant.now().plusSeconds(30);
            while (records.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
