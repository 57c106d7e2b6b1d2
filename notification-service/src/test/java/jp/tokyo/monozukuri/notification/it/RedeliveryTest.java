package jp.tokyo.monozukuri.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.ReviewStarted;
import jp.tokyo.monozukuri.notification.application.EventNotices;
import jp.tokyo.monozukuri.notification.it.TestSmtp.Mail;
import jp.tokyo.monozukuri.notification.persistence.NoticeDocument;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** At-least-once delivery meets exactly one notice per event and recipient. */
class RedeliveryTest extends NotificationServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    EventNotices eventNotices;

    @Test
    void theSameEventDeliveredTwiceIsMailedOncePerRecipient() {
        // given
        recipientsOf("131237", "sangyo-twice@city.edogawa.example.jp", "kikaku-twice@city.edogawa.example.jp");
        String eventId = newEventId();
        String approved = freshFixture(EventTypes.PLAN_APPROVED, eventId).replace("\"131091\"", "\"131237\"");

        // when
        publish(EventTypes.PLAN_APPROVED, "plan-edogawa-2014", approved);
        publish(EventTypes.PLAN_APPROVED, "plan-edogawa-2014", approved);

        // then
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(SMTP.mailsOfEvent(eventId)).hasSize(2));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SMTP.mailsOfEvent(eventId)).extracting(Mail::to).containsExactlyInAnyOrder(
                        "sangyo-twice@city.edogawa.example.jp", "kikaku-twice@city.edogawa.example.jp"));
        assertThat(noticesOf(eventId)).hasSize(2).allSatisfy(n -> {
            assertThat(n.status()).isEqualTo("SENT");
            assertThat(n.attempts()).isEqualTo(1);
        });
    }

    @Test
    void anEventReplayedAfterTheRecipientsChangedIsAddressedAsItWasTheFirstTime() {
        // given: 江戸川区's review started while one address received its letters
        recipientsOf("131237", "sangyo-replay@city.edogawa.example.jp");
        String eventId = newEventId();
        String started = freshFixture(EventTypes.REVIEW_STARTED, eventId).replace("\"131091\"", "\"131237\"");
        publish(EventTypes.REVIEW_STARTED, "plan-edogawa-replay", started);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(SMTP.mailsOfEvent(eventId)).hasSize(1));

        // when: Tokyo changes the list, then the event is replayed (offsets reset, a consumer group rebuilt)
        recipientsOf("131237", "kikaku-replay@city.edogawa.example.jp");
        publish(EventTypes.REVIEW_STARTED, "plan-edogawa-replay", started);

        // then: nothing about the old event reaches the new address, nothing goes twice
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SMTP.mailsOfEvent(eventId)).extracting(Mail::to)
                        .containsExactly("sangyo-replay@city.edogawa.example.jp"));
        assertThat(noticesOf(eventId)).extracting(NoticeDocument::recipient)
                .containsExactly("sangyo-replay@city.edogawa.example.jp");
    }

    @Test
    void replicasHandlingTheSameEventAtOnceRecordOneNoticePerRecipient() throws Exception {
        // given
        recipientsOf("132012", "sangyo-replicas@city.hachioji.example.jp", "kikaku-replicas@city.hachioji.example.jp");
        EventEnvelope<ReviewStarted> started = EventEnvelope.create(EventTypes.REVIEW_STARTED,
                OffsetDateTime.parse("2014-01-29T09:00:00+09:00"), "approval-service", "plan-hachioji-2014", "132012",
                null, new ReviewStarted("review-hachioji", "plan-hachioji-2014", 1, "八王子市地域産業基盤強化計画",
                        "tokyo-reviewer-sato", OffsetDateTime.parse("2014-01-29T09:00:00+09:00")));
        int replicas = 6;
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        CountDownLatch go = new CountDownLatch(1);

        // when
        List<Future<?>> handled = new ArrayList<>();
        for (int i = 0; i < replicas; i++) {
            handled.add(pool.submit(() -> {
                go.await();
                eventNotices.notify(started);
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : handled) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        // then
        assertThat(noticesOf(started.eventId().toString())).extracting(NoticeDocument::recipient)
                .containsExactlyInAnyOrder("sangyo-replicas@city.hachioji.example.jp",
                        "kikaku-replicas@city.hachioji.example.jp");
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(SMTP.mailsOfEvent(started.eventId().toString())).hasSize(2));
    }

    @Test
    void theStoreRefusesASecondNoticeForTheSameEventAndRecipient() {
        // when
        List<Document> indexes = mongo.getCollection(NoticeDocument.COLLECTION).listIndexes().into(new ArrayList<>());

        // then
        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.get("key", Document.class).keySet()).containsExactly("eventId", "recipient");
            assertThat(index.getBoolean("unique")).isTrue();
        });
    }

    @Test
    void anEventOfAMunicipalityOutsideTokyoGoesToTheDeadLetterTopic() {
        // given
        String eventId = newEventId();
        String sapporo = freshFixture(EventTypes.REVIEW_STARTED, eventId).replace("\"131091\"", "\"011002\"");

        // when
        publish(EventTypes.REVIEW_STARTED, "plan-sapporo", sapporo);

        // then
        assertThat(KafkaTopics.await("approval-events.notification-service.dlt", 1,
                r -> KafkaTopics.text(r).contains(eventId), PATIENCE)).hasSize(1);
        assertThat(noticesOf(eventId)).isEmpty();
    }
}
