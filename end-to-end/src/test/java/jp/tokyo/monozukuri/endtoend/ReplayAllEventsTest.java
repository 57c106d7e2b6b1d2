package jp.tokyo.monozukuri.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import jp.tokyo.monozukuri.contracts.Topics;
import jp.tokyo.monozukuri.endtoend.support.Inventory;
import jp.tokyo.monozukuri.endtoend.support.KafkaTool;
import jp.tokyo.monozukuri.endtoend.support.LocalStackExtension;
import jp.tokyo.monozukuri.endtoend.support.Mailboxes;
import jp.tokyo.monozukuri.endtoend.support.RecipientOutcomes;
import jp.tokyo.monozukuri.endtoend.support.ReliabilityReport;
import jp.tokyo.monozukuri.endtoend.support.RunningStack;
import jp.tokyo.monozukuri.localstack.scenario.StackApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Every event delivered a second time, as an operator's offset reset does it: the four services are stopped, every
 * consumer group is moved back to the first offset of every partition, and the services are started again. They read
 * everything the suite produced once more — and nothing changes: no state, no new event, no second mail.
 * Runs last, so that it replays every event of the suite.
 */
@Order(100)
@ExtendWith(LocalStackExtension.class)
class ReplayAllEventsTest {

    private static final Set<String> TOPICS = Set.of(Topics.PLAN_EVENTS, Topics.APPROVAL_EVENTS, Topics.GRANT_EVENTS);
    private static final List<String> SERVICES = List.of("plan-service", "approval-service", "grant-service",
            "notification-service");

    private static List<String> changes;
    private static long eventsBefore;
    private static long eventsAfter;
    private static long redelivered;
    private static Map<String, Integer> mailsBefore;
    private static Map<String, Integer> mailsAfter;

    @BeforeAll
    static void everyConsumerGroupReadsEveryEventAgain(RunningStack stack) {
        StackApi api = stack.api();
        Inventory inventory = new Inventory(api);
        KafkaTool kafka = new KafkaTool(stack.endpoints().kafkaBootstrapServers());
        Mailboxes mailboxes = new Mailboxes(stack.endpoints().imapPort());
        awaitQuiet(api, inventory, kafka);
        Map<String, String> before = inventory.snapshot();
        eventsBefore = kafka.recordCount(TOPICS);
        mailsBefore = mailCounts(inventory, mailboxes);
        long serverErrorsBefore = api.serverErrorCount();

        Instant begin = Instant.now();
        SERVICES.forEach(stack::stop);
        redelivered = KafkaTool.consumerGroups().keySet().stream().mapToLong(kafka::rewind).sum();
        List<CompletableFuture<Duration>> starts = SERVICES.stream()
                .map(service -> CompletableFuture.supplyAsync(() -> stack.start(service))).toList();
        starts.forEach(CompletableFuture::join);
        System.out.println("[e2e] services started again after the offset reset in "
                + Duration.between(begin, Instant.now()).toSeconds() + " s; " + redelivered + " deliveries to make");
        awaitQuiet(api, inventory, kafka);

        changes = Inventory.differences(before, inventory.snapshot());
        eventsAfter = kafka.recordCount(TOPICS);
        mailsAfter = mailCounts(inventory, mailboxes);
        long newMails = mailsAfter.values().stream().mapToLong(Integer::longValue).sum()
                - mailsBefore.values().stream().mapToLong(Integer::longValue).sum();
        ReliabilityReport.record(new ReliabilityReport.Row("every event replayed (consumer offsets reset)",
                eventsBefore + " events on 3 topics, " + redelivered + " deliveries to 4 consumer groups",
                changes.stream().filter(c -> c.startsWith("gone")).count(),
                changes.stream().filter(c -> !c.startsWith("gone")).count() + (eventsAfter - eventsBefore)
                        + Math.max(0, newMails),
                api.serverErrorCount() - serverErrorsBefore, Duration.between(begin, Instant.now())));
    }

    @Test
    void theServicesReadEveryEventAgain() {
        assertThat(redelivered).isGreaterThanOrEqualTo(eventsBefore);
    }

    @Test
    void noStateChangedInAnyService() {
        assertThat(changes).isEmpty();
    }

    @Test
    void noEventWasPublishedAgain() {
        assertThat(eventsAfter).isEqualTo(eventsBefore);
    }

    @Test
    void noMailboxReceivedASecondMail() {
        assertThat(mailsAfter).isEqualTo(mailsBefore);
    }

    /** Nothing left to consume, nothing left to send, and the same for a few seconds more. */
    private static void awaitQuiet(StackApi api, Inventory inventory, KafkaTool kafka) {
        StackApi.await("every consumer group caught up and every notice sent", Duration.ofMinutes(5), () -> {
            long lag = KafkaTool.consumerGroups().keySet().stream().mapToLong(kafka::lag).sum();
            boolean sent = inventory.notices().stream().allMatch(RecipientOutcomes::settled);
            return lag == 0 && sent ? Optional.of(true) : Optional.empty();
        });
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every mailbox any notice went to, with how many mails it holds. */
    private static Map<String, Integer> mailCounts(Inventory inventory, Mailboxes mailboxes) {
        Set<String> recipients = new TreeSet<>();
        for (JsonNode notice : inventory.notices()) {
            recipients.add(notice.path("recipient").asString());
        }
        Map<String, Integer> counts = new TreeMap<>();
        new ArrayList<>(recipients).forEach(address -> counts.put(address, mailboxes.of(address).size()));
        return counts;
    }
}
