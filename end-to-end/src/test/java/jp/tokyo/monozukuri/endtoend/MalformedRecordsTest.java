package jp.tokyo.monozukuri.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tokyo.monozukuri.contracts.Topics;
import jp.tokyo.monozukuri.endtoend.support.Inventory;
import jp.tokyo.monozukuri.endtoend.support.KafkaTool;
import jp.tokyo.monozukuri.endtoend.support.LocalStackExtension;
import jp.tokyo.monozukuri.endtoend.support.Mailboxes;
import jp.tokyo.monozukuri.endtoend.support.PlanWave;
import jp.tokyo.monozukuri.endtoend.support.ReliabilityReport;
import jp.tokyo.monozukuri.endtoend.support.RunningStack;
import jp.tokyo.monozukuri.endtoend.support.WaveAudit;
import jp.tokyo.monozukuri.localstack.scenario.StackApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Records no service can read, put on each topic: every consumer group of the topic moves each of them to its
 * dead-letter topic ({@code <topic>.<group>.dlt}) once, and goes on consuming — plans submitted afterwards flow
 * through every topic to their end as usual.
 */
@Order(2)
@ExtendWith(LocalStackExtension.class)
class MalformedRecordsTest {

    private static final List<String> TOPICS = List.of(Topics.PLAN_EVENTS, Topics.APPROVAL_EVENTS, Topics.GRANT_EVENTS);
    /** Three kinds of unreadable: not JSON, JSON but no envelope, not even text. */
    private static final Map<String, byte[]> MALFORMED = Map.of(
            "not-json", "{\"eventId\": \"6a1f, \"eventType\": plan.submitted".getBytes(StandardCharsets.UTF_8),
            "not-an-envelope", "[\"plan.submitted\", 131091, null]".getBytes(StandardCharsets.UTF_8),
            "binary", new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, 0x01, (byte) 0xC3, 0x28, (byte) 0x80});

    private static KafkaTool kafka;
    private static PlanWave wave;
    private static WaveAudit.Verdict verdict;
    private static Map<String, Map<String, Long>> deadLetters;

    @BeforeAll
    static void malformedRecordsArePutOnEveryTopicAndThenPlansAreSubmitted(RunningStack stack) {
        Instant begin = Instant.now();
        StackApi api = stack.api();
        kafka = new KafkaTool(stack.endpoints().kafkaBootstrapServers());
        Inventory inventory = new Inventory(api);
        Mailboxes mailboxes = new Mailboxes(stack.endpoints().imapPort());
        wave = new PlanWave(api, "障害試験 不正レコード", 2017, 5);
        WaveAudit.Baseline baseline = WaveAudit.Baseline.take(inventory, mailboxes,
                wave.members().stream().map(PlanWave.Member::mailbox).toList());
        long serverErrorsBefore = api.serverErrorCount();

        for (String topic : TOPICS) {
            MALFORMED.forEach((kind, value) -> kafka.send(topic, key(topic, kind), value));
        }
        wave.driveToApproval(Duration.ofMinutes(5));
        wave.awaitSettled(inventory, baseline.noticeIds(), Duration.ofMinutes(5));
        deadLetters = StackApi.await("every malformed record in every dead-letter topic", Duration.ofMinutes(3), () -> {
            Map<String, Map<String, Long>> found = new LinkedHashMap<>();
            for (String topic : TOPICS) {
                for (String group : KafkaTool.groupsOf(topic)) {
                    found.put(Topics.deadLetter(topic, group), kafka.keysOn(Topics.deadLetter(topic, group)));
                }
            }
            boolean complete = found.entrySet().stream().allMatch(dlt -> MALFORMED.keySet().stream()
                    .allMatch(kind -> dlt.getValue().containsKey(key(topicOf(dlt.getKey()), kind))));
            return complete ? Optional.of(found) : Optional.empty();
        });
        verdict = WaveAudit.audit(wave, api, inventory, mailboxes, baseline);

        long expectedDeadLetters = TOPICS.stream().mapToLong(t -> (long) KafkaTool.groupsOf(t).size()).sum()
                * MALFORMED.size();
        long doubledDeadLetters = deadLetters.entrySet().stream().mapToLong(dlt -> MALFORMED.keySet().stream()
                .mapToLong(kind -> Math.max(0, dlt.getValue().getOrDefault(key(topicOf(dlt.getKey()), kind), 0L) - 1))
                .sum()).sum();
        ReliabilityReport.record(new ReliabilityReport.Row("malformed records on each topic",
                TOPICS.size() * MALFORMED.size() + " records → " + expectedDeadLetters + " dead letters; then "
                        + wave.size() + " plans: " + wave.requests() + " requests, " + verdict.notices()
                        + " notices, " + verdict.mails() + " mails",
                verdict.lost(), verdict.doubled() + doubledDeadLetters, api.serverErrorCount() - serverErrorsBefore,
                Duration.between(begin, Instant.now())));
    }

    @Test
    void eachConsumerGroupMovesEachMalformedRecordToItsDeadLetterTopicOnce() {
        assertThat(deadLetters.keySet()).containsExactlyInAnyOrder(
                "plan-events.approval-service.dlt", "plan-events.notification-service.dlt",
                "approval-events.plan-service.dlt", "approval-events.grant-service.dlt",
                "approval-events.notification-service.dlt", "grant-events.notification-service.dlt");
        deadLetters.forEach((dlt, keys) -> {
            String topic = topicOf(dlt);
            for (String kind : MALFORMED.keySet()) {
                assertThat(keys.get(key(topic, kind))).as("%s in %s", kind, dlt).isEqualTo(1L);
            }
            assertThat(keys.keySet()).as("only what was put on %s", topic)
                    .allMatch(key -> key.startsWith("e2e-malformed-" + topic + "-"));
        });
    }

    @Test
    void consumptionGoesOnPlansSubmittedAfterwardsReachTheirEndInEveryServiceAndMailboxOnce() {
        assertThat(verdict.findings()).isEmpty();
        assertThat(verdict.lost()).isZero();
        assertThat(verdict.doubled()).isZero();
        assertThat(verdict.notices()).isEqualTo(wave.size() * PlanWave.NOTICE_EVENTS.size());
        assertThat(verdict.mails()).isEqualTo(verdict.notices());
        assertThat(wave.serverErrorLines()).isEmpty();
    }

    private static String key(String topic, String kind) {
        return "e2e-malformed-" + topic + "-" + kind;
    }

    private static String topicOf(String deadLetterTopic) {
        return TOPICS.stream().filter(topic -> deadLetterTopic.startsWith(topic + ".")).findFirst().orElseThrow();
    }
}
