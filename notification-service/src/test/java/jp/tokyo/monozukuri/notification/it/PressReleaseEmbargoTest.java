package jp.tokyo.monozukuri.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.ApprovalRoundPublished;
import jp.tokyo.monozukuri.contracts.approval.ApprovalRoundPublished.ApprovedPlan;
import jp.tokyo.monozukuri.notification.MovableClock;
import jp.tokyo.monozukuri.notification.NotificationProperties;
import jp.tokyo.monozukuri.notification.ReferencePlans;
import jp.tokyo.monozukuri.notification.application.NoticeDispatcher;
import jp.tokyo.monozukuri.notification.application.PressReleases;
import jp.tokyo.monozukuri.notification.domain.Embargo;
import jp.tokyo.monozukuri.notification.domain.RetrySchedule;
import jp.tokyo.monozukuri.notification.mail.SmtpRelay;
import jp.tokyo.monozukuri.notification.persistence.NoticeDocument;
import jp.tokyo.monozukuri.notification.persistence.NoticeStore;
import jp.tokyo.monozukuri.notification.persistence.PressReleaseStore;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 報道解禁: a round published today for an announcement six days ahead. Until that date begins in Tokyo its press
 * release is not public and its notices wait; on the date (the clock moved there) both go out — each notice once,
 * even with two replicas sending.
 */
class PressReleaseEmbargoTest extends NotificationServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String ANNOUNCED = "132071"; // 昭島市

    @Autowired
    PressReleaseStore pressReleaseStore;
    @Autowired
    NoticeStore noticeStore;
    @Autowired
    SmtpRelay relay;
    @Autowired
    RetrySchedule retrySchedule;
    @Autowired
    NotificationProperties properties;
    @Autowired
    MeterRegistry registry;

    @Test
    void aReleaseDatedAheadIsNotFoundByThePublicAndListedToStaffAsEmbargoed() {
        // given
        EventEnvelope<ApprovalRoundPublished> round = roundAnnouncedOn(Embargo.today(Instant.now()).plusDays(6));
        String id = round.payload().roundId();

        // when
        publish(round);

        // then
        await().atMost(PATIENCE).until(() -> get(id, TestTokens.approver("tokyo-approver-suzuki")).getStatusCode()
                .value() == 200);
        assertThat(get(id, null).getStatusCode().value()).as("anonymous").isEqualTo(404);
        assertThat(get(id, TestTokens.municipality(ANNOUNCED)).getStatusCode().value()).as("even the municipality")
                .isEqualTo(404);
        assertThat(list(null).toString()).doesNotContain(id);
        assertThat(list(TestTokens.municipality(ANNOUNCED)).toString()).doesNotContain(id);
        assertThat(list(TestTokens.reviewer("tokyo-reviewer-sato"))).filteredOn(r -> r.get("id").equals(id))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("embargoed", true));
    }

    @Test
    void onTheAnnouncementDateTheReleaseIsPublicAndItsNoticesGoOutOnceAcrossReplicas() throws Exception {
        // given
        recipientsOf(ANNOUNCED, mailbox("koho", ANNOUNCED), mailbox("kikaku", ANNOUNCED));
        LocalDate date = Embargo.today(Instant.now()).plusDays(6);
        EventEnvelope<ApprovalRoundPublished> round = roundAnnouncedOn(date);
        String eventId = round.eventId().toString();
        Instant start = Embargo.startOf(date);

        // when
        publish(round);

        // then: recorded, but waiting — the service's own sender (on today's clock) leaves them alone
        await().atMost(PATIENCE).until(() -> noticesOf(eventId).size() == 2);
        assertThat(noticesOf(eventId)).allSatisfy(n -> {
            assertThat(n.status()).isEqualTo("PENDING");
            assertThat(n.notBefore()).isEqualTo(start);
            assertThat(n.nextAttemptAt()).isEqualTo(start);
        });
        Thread.sleep(2_000); // ten polls of the sender
        assertThat(SMTP.mailsOfEvent(eventId)).isEmpty();
        String noticeId = noticesOf(eventId).get(0).id();
        assertThat(notice(noticeId, TestTokens.municipality(ANNOUNCED)).getStatusCode().value())
                .as("its letter tells the announcement: not even the municipality reads it before the date")
                .isEqualTo(404);
        assertThat(notice(noticeId, TestTokens.admin()).getStatusCode().value()).isEqualTo(200);
        assertThat(http().get().uri("/api/notifications?size=100").header("Authorization",
                TestTokens.municipality(ANNOUNCED)).retrieve().body(String.class)).doesNotContain(noticeId);

        // when a second before the date begins
        MovableClock clock = new MovableClock(start.minusSeconds(1));
        PressReleases atThatTime = new PressReleases(pressReleaseStore, clock);
        NoticeDispatcher replicaA = new NoticeDispatcher(noticeStore, relay, retrySchedule, properties, clock,
                registry);
        NoticeDispatcher replicaB = new NoticeDispatcher(noticeStore, relay, retrySchedule, properties, clock,
                registry);
        replicaA.dispatchDue();

        // then still nothing
        assertThat(atThatTime.find(round.payload().roundId(), false)).isEmpty();
        assertThat(noticesOf(eventId)).allSatisfy(n -> assertThat(n.status()).isEqualTo("PENDING"));

        // when the date begins in Tokyo, and two replicas send at once
        clock.set(start);
        CompletableFuture.allOf(CompletableFuture.runAsync(replicaA::dispatchDue),
                CompletableFuture.runAsync(replicaB::dispatchDue)).get();

        // then
        assertThat(atThatTime.find(round.payload().roundId(), false)).isPresent();
        assertThat(atThatTime.list(0, 100, false).releases()).extracting(r -> r.id())
                .contains(round.payload().roundId());
        assertThat(noticesOf(eventId)).allSatisfy(n -> assertThat(n.status()).isEqualTo("SENT"))
                .extracting(NoticeDocument::attempts).containsOnly(1);
        assertThat(SMTP.mailsOfEvent(eventId)).extracting(TestSmtp.Mail::to)
                .containsExactlyInAnyOrder(mailbox("koho", ANNOUNCED), mailbox("kikaku", ANNOUNCED));
    }

    private ResponseEntity<String> notice(String id, String token) {
        return http().get().uri("/api/notifications/{id}", id).header("Authorization", token).retrieve()
                .toEntity(String.class);
    }

    private ResponseEntity<String> get(String id, String token) {
        var request = http().get().uri("/api/press-releases/{id}", id).accept(MediaType.TEXT_PLAIN);
        if (token != null) {
            request = request.header("Authorization", token);
        }
        return request.retrieve().toEntity(String.class);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String token) {
        var request = http().get().uri("/api/press-releases?size=100");
        if (token != null) {
            request = request.header("Authorization", token);
        }
        ResponseEntity<Map> response = request.retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return (List<Map<String, Object>>) response.getBody().get("items");
    }

    /** 昭島市's plan, announced in a round of its own on {@code date}. */
    private static EventEnvelope<ApprovalRoundPublished> roundAnnouncedOn(LocalDate date) {
        ApprovedPlan reference = ReferencePlans.roundOf(ReferencePlans.fourPlans()).payload().plans().get(0);
        ApprovedPlan plan = new ApprovedPlan(jp.tokyo.monozukuri.notification.PlanRevisions.ofMunicipality(
                reference.plan(), ANNOUNCED), reference.documentNumber(), date.minusDays(7), reference.reviewId());
        String roundId = "round-embargo-" + UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        ApprovalRoundPublished payload = new ApprovalRoundPublished(roundId, date, "産業労働局", "商工部地域産業振興課",
                "03-5320-4748", List.of(plan), now, "tokyo-approver-suzuki");
        return new EventEnvelope<>(UUID.randomUUID(), EventTypes.APPROVAL_ROUND_PUBLISHED, 1, now, "approval-service",
                roundId, null, null, payload);
    }
}
