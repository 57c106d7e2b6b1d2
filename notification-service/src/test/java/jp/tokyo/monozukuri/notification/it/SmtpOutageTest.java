package jp.tokyo.monozukuri.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.ReviewStarted;
import jp.tokyo.monozukuri.notification.persistence.NoticeDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** While the mail relay is down nothing is lost: notices wait, then go out once each when it is back. */
class SmtpOutageTest extends NotificationServiceIntegrationTest {

    private static final String TACHIKAWA = "132021";

    @AfterEach
    void theRelayIsBack() {
        SMTP.start();
    }

    @Test
    void twentyEventsArrivingWhileSmtpIsDownStayPendingAndAreAllDeliveredOnceWhenItRecovers() {
        // given
        recipientsOf(TACHIKAWA, "sangyo-outage@city.tachikawa.example.jp");
        SMTP.stop();
        List<String> eventIds = new ArrayList<>();

        // when
        for (int i = 1; i <= 20; i++) {
            EventEnvelope<ReviewStarted> started = reviewStarted(i);
            eventIds.add(started.eventId().toString());
            publish(started);
        }

        // then: recorded, and still waiting while the relay is down
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(notices(eventIds)).hasSize(20));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(notices(eventIds)).allSatisfy(n -> assertThat(n.status()).isEqualTo("PENDING")));
        assertThat(notices(eventIds)).anySatisfy(n -> {
            assertThat(n.attempts()).isPositive();
            assertThat(n.lastError()).contains("unreachable");
        });

        // when the relay is back
        SMTP.start();

        // then every notice goes out, each exactly once
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(notices(eventIds)).allSatisfy(n -> assertThat(n.status()).isEqualTo("SENT")));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(eventIds).allSatisfy(id -> assertThat(SMTP.mailsOfEvent(id)).hasSize(1)));
    }

    private List<NoticeDocument> notices(List<String> eventIds) {
        return mongo.find(new Query(Criteria.where("eventId").in(eventIds)), NoticeDocument.class,
                NoticeDocument.COLLECTION);
    }

    private static EventEnvelope<ReviewStarted> reviewStarted(int n) {
        OffsetDateTime at = OffsetDateTime.parse("2014-02-03T09:00:00+09:00").plusMinutes(n);
        String planId = "plan-tachikawa-2014-" + n;
        return EventEnvelope.create(EventTypes.REVIEW_STARTED, at, "approval-service", planId, TACHIKAWA, null,
                new ReviewStarted("review-tachikawa-" + n, planId, 1, "立川市ものづくり産業基盤強化計画(例示" + n + ")",
                        "tokyo-reviewer-sato", at));
    }
}
