package jp.tokyo.monozukuri.approval.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.tokyo.monozukuri.approval.ApprovalServiceIntegrationTest;
import jp.tokyo.monozukuri.approval.domain.Review;
import jp.tokyo.monozukuri.approval.domain.ReviewStatus;
import jp.tokyo.monozukuri.approval.persistence.StoredReview;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.Topics;
import jp.tokyo.monozukuri.contracts.approval.ApprovalRoundPublished;
import jp.tokyo.monozukuri.contracts.approval.PlanApproved;
import jp.tokyo.monozukuri.contracts.approval.PlanReturned;
import jp.tokyo.monozukuri.contracts.approval.ReviewStarted;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.contracts.plan.PlanWithdrawn;
import jp.tokyo.monozukuri.infrastructure.events.EventJson;
import jp.tokyo.monozukuri.infrastructure.outbox.EventHeaders;
import jp.tokyo.monozukuri.testsupport.Fixtures;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;

/**
 * End to end on the real broker: {@code plan.submitted} on {@code plan-events} in, reviews and decisions through
 * the API, {@code plan.approved} and {@code approval-round.published} out on {@code approval-events} — the
 * press release of 2014-03-13 replayed. FY2013 (平成25年度) is this class's fiscal year.
 */
class PressReleaseFlowTest extends ApprovalServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String SATO = TestTokens.reviewer("tokyo-reviewer-sato");
    private static final String SUZUKI = TestTokens.approver("tokyo-approver-suzuki");
    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.PLAN_EVENTS, "approval-service");

    /** Timestamps travel as instants: an event read back is in UTC, a review read back in Tokyo time. */
    private static final RecursiveComparisonConfiguration SAME_INSTANT = RecursiveComparisonConfiguration.builder()
            .withEqualsForType(OffsetDateTime::isEqual, OffsetDateTime.class).build();

    @Test
    void theFourPlansOfThePressReleaseAreApprovedAndAnnouncedOnTheTopic() {
        // given: 品川区's submission exactly as the contract fixture has it, and the release's three others
        clock.set(OffsetDateTime.parse("2014-03-13T10:00:00+09:00"));
        ApprovalRoundPublished release = Fixtures.envelope(EventTypes.APPROVAL_ROUND_PUBLISHED,
                ApprovalRoundPublished.class).payload();
        KafkaTopics.send(Topics.PLAN_EVENTS, SHINAGAWA.planId(), Fixtures.json(EventTypes.PLAN_SUBMITTED));
        List<PlanRevision> plans = new ArrayList<>(List.of(SHINAGAWA));
        release.plans().stream().skip(1).map(ApprovalRoundPublished.ApprovedPlan::plan).forEach(plan -> {
            sendSubmission(plan);
            plans.add(plan);
        });

        // when: each is reviewed, recommended and approved by someone else, in the release's order
        List<String> reviewIds = new ArrayList<>();
        for (PlanRevision plan : plans) {
            String reviewId = awaitReview(plan.planId(), plan.revision()).id();
            post("/api/reviews/" + reviewId + "/start", SATO, null);
            post("/api/reviews/" + reviewId + "/recommend", SATO, Map.of("note", "計画内容は妥当"));
            post("/api/reviews/" + reviewId + "/approve", SUZUKI, null);
            reviewIds.add(reviewId);
        }

        // then: plan.approved for 品川区 is on the topic, keyed by its plan, numbered first of FY2013
        ConsumerRecord<String, byte[]> approvedRecord = awaitEvent(EventTypes.PLAN_APPROVED, SHINAGAWA.planId());
        EventEnvelope<PlanApproved> approved = read(approvedRecord, PlanApproved.class);
        assertThat(approved.payload().documentNumber()).isEqualTo("25産労商地第1号");
        assertThat(approved.payload().decisionDate()).isEqualTo(LocalDate.of(2014, 3, 13));
        assertThat(approved.payload().startFiscalYear()).isEqualTo(2014);
        assertThat(approved.payload().endFiscalYear()).isEqualTo(2016);
        assertThat(approved.payload().reviewId()).isEqualTo(reviewIds.get(0));
        assertThat(approved.payload().plan()).usingRecursiveComparison(SAME_INSTANT).isEqualTo(SHINAGAWA);
        assertThat(approved.municipalityCode()).isEqualTo("131091");
        assertThat(approved.correlationId())
                .isEqualTo(Fixtures.envelope(EventTypes.PLAN_SUBMITTED, PlanSubmitted.class).correlationId());

        // when: the round of 2014-03-13 is composed and published
        Map<String, Object> round = post("/api/approval-rounds", SUZUKI,
                Map.of("announcementDate", "2014-03-13", "reviewIds", reviewIds));
        post("/api/approval-rounds/" + round.get("id") + "/publish", SUZUKI, null);

        // then: approval-round.published carries what the press release is rendered from
        ApprovalRoundPublished published = read(awaitEvent(EventTypes.APPROVAL_ROUND_PUBLISHED,
                (String) round.get("id")), ApprovalRoundPublished.class).payload();
        assertThat(published.announcementDate()).isEqualTo(release.announcementDate());
        assertThat(published.bureau()).isEqualTo(release.bureau());
        assertThat(published.section()).isEqualTo(release.section());
        assertThat(published.contactPhone()).isEqualTo(release.contactPhone());
        assertThat(published.plans()).extracting(p -> p.plan().municipalityName(), p -> p.plan().title(),
                        ApprovalRoundPublished.ApprovedPlan::documentNumber)
                .containsExactlyElementsOf(release.plans().stream()
                        .map(p -> tuple(p.plan().municipalityName(), p.plan().title(), p.documentNumber())).toList());
        assertThat(published.plans()).extracting(ApprovalRoundPublished.ApprovedPlan::plan)
                .usingRecursiveFieldByFieldElementComparator(SAME_INSTANT)
                .containsExactlyElementsOf(plans);
    }

    @Test
    void aRedeliveredSubmissionOpensNoSecondReview() {
        // given
        clock.set(OffsetDateTime.parse("2016-05-09T10:00:00+09:00"));
        PlanRevision plan = planOf(SHINAGAWA, newPlanId("redelivered"), 1);
        String json = submissionOf(plan);

        // when
        KafkaTopics.send(Topics.PLAN_EVENTS, plan.planId(), json);
        KafkaTopics.send(Topics.PLAN_EVENTS, plan.planId(), json);
        PlanRevision marker = planOf(SHINAGAWA, plan.planId(), 2);
        awaitReview(plan.planId(), 1);
        returnToMunicipality(plan.planId());
        sendSubmission(marker);

        // then: the marker, sent after both copies on the same partition, was applied after them
        awaitReview(plan.planId(), 2);
        assertThat(reviews.chainOfPlan(plan.planId())).extracting(Review::revision).containsExactly(1, 2);
    }

    @Test
    void startingAndReturningAReviewAnnounceReviewStartedAndPlanReturned() {
        // given
        clock.set(OffsetDateTime.parse("2016-05-10T10:00:00+09:00"));
        PlanRevision plan = planOf(SHINAGAWA, newPlanId("returned"), 1);
        sendSubmission(plan);
        String reviewId = awaitReview(plan.planId(), 1).id();

        // when
        post("/api/reviews/" + reviewId + "/start", SATO, null);
        post("/api/reviews/" + reviewId + "/return", SATO, Map.of("reasons", reasons("年度別事業費を記載してください。")));

        // then
        ReviewStarted started = read(awaitEvent(EventTypes.REVIEW_STARTED, plan.planId()), ReviewStarted.class)
                .payload();
        PlanReturned returned = read(awaitEvent(EventTypes.PLAN_RETURNED, plan.planId()), PlanReturned.class)
                .payload();
        assertThat(started.reviewId()).isEqualTo(reviewId);
        assertThat(started.reviewer()).isEqualTo("tokyo-reviewer-sato");
        assertThat(returned.reasons()).containsExactly("年度別事業費を記載してください。");
        assertThat(returned.revision()).isEqualTo(1);
    }

    @Test
    void aWithdrawalOnTheTopicClosesTheOpenReview() {
        // given
        clock.set(OffsetDateTime.parse("2016-05-11T10:00:00+09:00"));
        PlanRevision plan = planOf(SHINAGAWA, newPlanId("withdrawn"), 1);
        sendSubmission(plan);
        String reviewId = awaitReview(plan.planId(), 1).id();
        PlanWithdrawn fixture = Fixtures.envelope(EventTypes.PLAN_WITHDRAWN, PlanWithdrawn.class).payload();

        // when
        KafkaTopics.send(Topics.PLAN_EVENTS, plan.planId(), EventJson.write(EventEnvelope.create(
                EventTypes.PLAN_WITHDRAWN, fixture.withdrawnAt(), "plan-service", plan.planId(),
                plan.municipalityCode(), null, new PlanWithdrawn(plan.planId(), 1, fixture.title(), fixture.reason(),
                        fixture.withdrawnBy(), fixture.withdrawnAt()))));

        // then
        await().atMost(PATIENCE).untilAsserted(() -> {
            Review review = reviews.find(reviewId).orElseThrow().review();
            assertThat(review.status()).isEqualTo(ReviewStatus.WITHDRAWN);
            assertThat(review.withdrawal().orElseThrow().reason()).isEqualTo(fixture.reason());
        });
    }

    @Test
    void aRecordThatIsNoEventGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        // given
        clock.set(OffsetDateTime.parse("2016-05-12T10:00:00+09:00"));
        String garbage = "{\"eventType\": \"plan.submitted\", \"payload\": " + UUID.randomUUID() + "}";
        PlanRevision after = planOf(SHINAGAWA, newPlanId("after-garbage"), 1);

        // when
        KafkaTopics.send(Topics.PLAN_EVENTS, after.planId(), garbage.getBytes(StandardCharsets.UTF_8), Map.of());
        sendSubmission(after);

        // then
        assertThat(KafkaTopics.await(DEAD_LETTERS, 1, r -> KafkaTopics.text(r).equals(garbage), PATIENCE))
                .hasSize(1);
        assertThat(awaitReview(after.planId(), 1).status()).isEqualTo(ReviewStatus.PENDING);
    }

    private static void sendSubmission(PlanRevision plan) {
        KafkaTopics.send(Topics.PLAN_EVENTS, plan.planId(), submissionOf(plan));
    }

    /** {@code plan.submitted} of {@code plan} as plan-service publishes it, with a fresh event id. */
    private static String submissionOf(PlanRevision plan) {
        return EventJson.write(EventEnvelope.create(EventTypes.PLAN_SUBMITTED, plan.submittedAt(), "plan-service",
                plan.planId(), plan.municipalityCode(), UUID.randomUUID().toString(), new PlanSubmitted(plan)));
    }

    private void returnToMunicipality(String planId) {
        String reviewId = awaitReview(planId, 1).id();
        post("/api/reviews/" + reviewId + "/start", SATO, null);
        post("/api/reviews/" + reviewId + "/return", SATO, Map.of("reasons", reasons("記載不足")));
    }

    private Review awaitReview(String planId, int revision) {
        return await().atMost(PATIENCE).until(() -> reviews.findByPlanRevision(planId, revision),
                Optional::isPresent).map(StoredReview::review).orElseThrow();
    }

    private static ConsumerRecord<String, byte[]> awaitEvent(String eventType, String key) {
        List<ConsumerRecord<String, byte[]>> found = KafkaTopics.await(Topics.APPROVAL_EVENTS, 1,
                r -> key.equals(r.key()) && eventType.equals(KafkaTopics.header(r, EventHeaders.EVENT_TYPE)),
                PATIENCE);
        assertThat(found).as("%s of %s on %s", eventType, key, Topics.APPROVAL_EVENTS).isNotEmpty();
        return found.get(0);
    }

    private static <P> EventEnvelope<P> read(ConsumerRecord<String, byte[]> record, Class<P> payloadType) {
        return EventJson.read(record.value(), payloadType);
    }
}
