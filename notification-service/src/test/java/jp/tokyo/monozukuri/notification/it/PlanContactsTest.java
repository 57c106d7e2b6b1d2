package jp.tokyo.monozukuri.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.ReviewStarted;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.notification.ContractFixtures;
import jp.tokyo.monozukuri.notification.it.TestSmtp.Mail;
import jp.tokyo.monozukuri.notification.persistence.NoticeDocument;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * What a municipality can do to who receives Tokyo's letters by submitting plans — on the real broker, store and SMTP
 * server: a plan's contact receives its own plan's notices at an approved address, and nothing else, ever.
 */
class PlanContactsTest extends NotificationServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String KOTO = "131083";
    private static final String MEGURO = "131105";

    @Test
    void aContactOutsideTheApprovedDomainsReceivesNothingNotEvenItsOwnPlansLetters() {
        // given
        recipientsOf(KOTO, mailbox("koho", KOTO));
        String plan = "plan-koto-" + UUID.randomUUID();
        String outsider = "collector-" + UUID.randomUUID() + "@attacker.example";

        // when
        EventEnvelope<PlanSubmitted> submitted = submitted(plan, KOTO, outsider);
        publish(submitted);
        EventEnvelope<ReviewStarted> started = reviewStarted(plan, KOTO);
        publish(started);

        // then
        for (String eventId : List.of(submitted.eventId().toString(), started.eventId().toString())) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(SMTP.mailsOfEvent(eventId)).extracting(Mail::to)
                    .containsExactly(mailbox("koho", KOTO)));
            assertThat(noticesOf(eventId)).extracting(NoticeDocument::recipient).containsExactly(mailbox("koho", KOTO));
        }
    }

    @Test
    void anotherMunicipalitysMailboxAsContactReceivesNothingOfThePlan() {
        // given: 目黒区 names 江東区's official mailbox as its contact
        recipientsOf(MEGURO, mailbox("koho", MEGURO));
        String plan = "plan-meguro-" + UUID.randomUUID();

        // when
        EventEnvelope<PlanSubmitted> submitted = submitted(plan, MEGURO, "sangyo@city.koto.tokyo.jp");
        publish(submitted);

        // then
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(SMTP.mailsOfEvent(submitted.eventId().toString()))
                .extracting(Mail::to).containsExactly(mailbox("koho", MEGURO)));
    }

    @Test
    void anApprovedContactReceivesItsOwnPlansLettersAndNeverAnotherPlansOrTheStandingListsPlace() {
        // given
        recipientsOf(KOTO, mailbox("koho", KOTO));
        String ownPlan = "plan-koto-own-" + UUID.randomUUID();
        String otherPlan = "plan-koto-other-" + UUID.randomUUID();
        String contact = mailbox("tanto-" + UUID.randomUUID(), KOTO);

        // when
        EventEnvelope<PlanSubmitted> submitted = submitted(ownPlan, KOTO, contact);
        publish(submitted);
        await().atMost(PATIENCE).until(() -> SMTP.mailsOfEvent(submitted.eventId().toString()).size() == 2);
        EventEnvelope<ReviewStarted> own = reviewStarted(ownPlan, KOTO);
        EventEnvelope<ReviewStarted> other = reviewStarted(otherPlan, KOTO);
        publish(own);
        publish(other);

        // then
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(SMTP.mailsOfEvent(own.eventId().toString()))
                .extracting(Mail::to).containsExactlyInAnyOrder(mailbox("koho", KOTO), contact));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(SMTP.mailsOfEvent(other.eventId().toString()))
                .extracting(Mail::to).containsExactly(mailbox("koho", KOTO)));
        assertThat(http().get().uri("/api/recipients/{code}", KOTO).header("Authorization", TestTokens.admin())
                .retrieve().body(Map.class).get("addresses")).as("the standing list is staff's alone")
                .isEqualTo(List.of(mailbox("koho", KOTO)));
    }

    @Test
    void aResubmissionWithAnOutsideContactStopsTheEarlierOne() {
        // given
        recipientsOf(KOTO, mailbox("koho", KOTO));
        String plan = "plan-koto-resubmitted-" + UUID.randomUUID();
        String first = mailbox("first-" + UUID.randomUUID(), KOTO);
        EventEnvelope<PlanSubmitted> revision1 = submitted(plan, KOTO, first, 1);
        publish(revision1);
        await().atMost(PATIENCE).until(() -> SMTP.mailsOfEvent(revision1.eventId().toString()).size() == 2);

        // when
        EventEnvelope<PlanSubmitted> revision2 = submitted(plan, KOTO, "x@attacker.example", 2);
        publish(revision2);
        await().atMost(PATIENCE).until(() -> SMTP.mailsOfEvent(revision2.eventId().toString()).size() == 1);
        publish(revision1); // redelivered late: the older revision changes nothing
        EventEnvelope<ReviewStarted> started = reviewStarted(plan, KOTO);
        publish(started);

        // then
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(SMTP.mailsOfEvent(started.eventId().toString()))
                .extracting(Mail::to).containsExactly(mailbox("koho", KOTO)));
    }

    private static EventEnvelope<PlanSubmitted> submitted(String planId, String code, String email) {
        return submitted(planId, code, email, 1);
    }

    private static EventEnvelope<PlanSubmitted> submitted(String planId, String code, String email, int revision) {
        PlanRevision p = ContractFixtures.event(EventTypes.PLAN_SUBMITTED, PlanSubmitted.class).payload().plan();
        PlanRevision plan = new PlanRevision(planId, revision, code,
                Municipalities.byCode(code).orElseThrow().name(), p.title(), p.targetArea(),
                p.startFiscalYear(), p.endFiscalYear(), p.summary(), p.measures(), p.figures(),
                new PlanRevision.Contact("産業振興課", "担当", email, "03-0000-0000"), p.submittedAt(), p.submittedBy());
        return new EventEnvelope<>(UUID.randomUUID(), EventTypes.PLAN_SUBMITTED, 1, OffsetDateTime.now(),
                "plan-service", planId, code, null, new PlanSubmitted(plan));
    }

    private static EventEnvelope<ReviewStarted> reviewStarted(String planId, String code) {
        return new EventEnvelope<>(UUID.randomUUID(), EventTypes.REVIEW_STARTED, 1, OffsetDateTime.now(),
                "approval-service", planId, code, null,
                new ReviewStarted("review-" + planId, planId, 1, "試験計画", "tokyo-reviewer-sato", OffsetDateTime.now()));
    }
}
