package jp.tokyo.monozukuri.approval.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import jp.tokyo.monozukuri.approval.ApprovalServiceIntegrationTest;
import jp.tokyo.monozukuri.approval.domain.Review;
import jp.tokyo.monozukuri.approval.domain.ReviewStatus;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.Topics;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalAccepted;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalRefused;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.contracts.plan.PlanWithdrawalRequested;
import jp.tokyo.monozukuri.infrastructure.events.EventJson;
import jp.tokyo.monozukuri.infrastructure.outbox.EventHeaders;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * 取下げの申出 on the real broker and store: approval-service, which decides, is the one that accepts or refuses a
 * withdrawal, and a decision and a withdrawal racing each other end in exactly one of the two. This class decides in
 * FY2018.
 */
class WithdrawalFlowTest extends ApprovalServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String SATO = TestTokens.reviewer("tokyo-reviewer-sato");
    private static final String SUZUKI = TestTokens.approver("tokyo-approver-suzuki");

    @Test
    void aWithdrawalRequestedRightAfterTheSubmissionIsAcceptedAndTheReviewCanNeverBeDecided() {
        // given: submitted and withdrawn in one breath, both on the topic before approval-service has read either
        clock.set(OffsetDateTime.parse("2018-06-01T10:00:00+09:00"));
        PlanRevision plan = planOf(SHINAGAWA, newPlanId("withdrawn-at-once"), 1);
        KafkaTopics.send(Topics.PLAN_EVENTS, plan.planId(), submissionOf(plan, List.of("shinagawa-planner")));
        String requestId = UUID.randomUUID().toString();
        String request = withdrawalRequestOf(plan, requestId);

        // when
        KafkaTopics.send(Topics.PLAN_EVENTS, plan.planId(), request);
        KafkaTopics.send(Topics.PLAN_EVENTS, plan.planId(), request);

        // then
        EventEnvelope<ApprovalWithdrawalAccepted> accepted = EventJson.read(
                awaitEvents(EventTypes.APPROVAL_WITHDRAWAL_ACCEPTED, plan.planId(), 1).get(0).value(),
                ApprovalWithdrawalAccepted.class);
        assertThat(accepted.payload().revision()).isEqualTo(1);
        assertThat(accepted.payload().requestedBy()).isEqualTo("shinagawa-planner");
        Review review = reviews.findByPlanRevision(plan.planId(), 1).orElseThrow().review();
        assertThat(review.status()).isEqualTo(ReviewStatus.WITHDRAWN);
        Map<String, Object> start = post("/api/reviews/" + review.id() + "/start", SATO, null);
        assertThat(start.get("status")).isEqualTo(409);
        assertThat(KafkaTopics.await(Topics.APPROVAL_EVENTS, 2, r -> plan.planId().equals(r.key())
                && EventTypes.APPROVAL_WITHDRAWAL_ACCEPTED.equals(KafkaTopics.header(r, EventHeaders.EVENT_TYPE)),
                Duration.ofSeconds(3))).as("the redelivered request is accepted once").hasSize(1);
    }

    @Test
    void aWithdrawalAfterTheApprovalIsRefusedNamingTheNumberAndTheApprovalStands() {
        // given
        clock.set(OffsetDateTime.parse("2018-06-02T10:00:00+09:00"));
        PlanRevision plan = planOf(SHINAGAWA, newPlanId("approved-first"), 1);
        String reviewId = recommended(plan);
        Map<String, Object> approved = post("/api/reviews/" + reviewId + "/approve", SUZUKI, null);
        String number = (String) object(approved.get("decision")).get("documentNumber");

        // when
        KafkaTopics.send(Topics.PLAN_EVENTS, plan.planId(), withdrawalRequestOf(plan, UUID.randomUUID().toString()));

        // then
        EventEnvelope<ApprovalWithdrawalRefused> refused = EventJson.read(
                awaitEvents(EventTypes.APPROVAL_WITHDRAWAL_REFUSED, plan.planId(), 1).get(0).value(),
                ApprovalWithdrawalRefused.class);
        assertThat(refused.payload().documentNumber()).isEqualTo(number);
        assertThat(refused.payload().decision()).isEqualTo("APPROVAL");
        assertThat(refused.payload().refusal()).contains(number);
        assertThat(reviews.find(reviewId).orElseThrow().review().status()).isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void aReturnedReviewAcceptsTheWithdrawal() {
        // given
        clock.set(OffsetDateTime.parse("2018-06-03T10:00:00+09:00"));
        PlanRevision plan = planOf(SHINAGAWA, newPlanId("returned"), 1);
        String reviewId = submitted(plan);
        post("/api/reviews/" + reviewId + "/start", SATO, null);
        post("/api/reviews/" + reviewId + "/return", SATO, Map.of("reasons", reasons("記載不足")));

        // when
        KafkaTopics.send(Topics.PLAN_EVENTS, plan.planId(), withdrawalRequestOf(plan, UUID.randomUUID().toString()));

        // then
        awaitEvents(EventTypes.APPROVAL_WITHDRAWAL_ACCEPTED, plan.planId(), 1);
        assertThat(reviews.find(reviewId).orElseThrow().review().status()).isEqualTo(ReviewStatus.WITHDRAWN);
    }

    /**
     * Thirty reviews each approved and withdrawn at the same moment, in both orders with jitter: every one ends
     * either APPROVED with a number and the withdrawal refused, or WITHDRAWN without a number and the approval
     * answered 409 — never both, never neither.
     */
    @Test
    void anApprovalAndAWithdrawalRacingEndInExactlyOneOfThem() throws Exception {
        clock.set(OffsetDateTime.parse("2018-06-04T10:00:00+09:00"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> approvedNumbers = new ArrayList<>();
        int withdrawn = 0;
        try {
            for (int run = 0; run < 30; run++) {
                PlanRevision plan = planOf(SHINAGAWA, newPlanId("race-" + run), 1);
                String reviewId = recommended(plan);
                boolean withdrawalFirst = run % 2 == 0;
                long jitter = ThreadLocalRandom.current().nextLong(0, 40);
                CountDownLatch go = new CountDownLatch(1);
                CompletableFuture<Map<String, Object>> approval = CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(go, withdrawalFirst ? jitter : 0);
                    return post("/api/reviews/" + reviewId + "/approve", SUZUKI, null);
                }, pool);
                CompletableFuture<Void> withdrawal = CompletableFuture.runAsync(() -> {
                    awaitQuietly(go, withdrawalFirst ? 0 : jitter);
                    intake.requestWithdrawal(EventJson.read(withdrawalRequestOf(plan, UUID.randomUUID().toString())
                            .getBytes(StandardCharsets.UTF_8), PlanWithdrawalRequested.class));
                }, pool);
                go.countDown();
                Map<String, Object> answer = approval.get(30, TimeUnit.SECONDS);
                withdrawal.get(30, TimeUnit.SECONDS);

                Review review = reviews.find(reviewId).orElseThrow().review();
                if (review.status() == ReviewStatus.APPROVED) {
                    assertThat(answer.get("status")).as("run %d", run).isEqualTo("APPROVED");
                    assertThat(review.withdrawalRefusal()).as("run %d", run).isPresent();
                    approvedNumbers.add(review.decision().orElseThrow().documentNumber().formatted());
                } else {
                    assertThat(review.status()).as("run %d", run).isEqualTo(ReviewStatus.WITHDRAWN);
                    assertThat(answer.get("status")).as("run %d: the approval was refused", run).isEqualTo(409);
                    assertThat(answer.get("type").toString()).endsWith("/review-withdrawn");
                    assertThat(review.decision()).isEmpty();
                    assertThat(review.pendingDecision()).isEmpty();
                    withdrawn++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("[withdrawal race] 30 runs: " + approvedNumbers.size() + " approved, " + withdrawn
                + " withdrawn");
        // every number taken was used: 1..n of FY2018 for this class, no gap, no repeat
        assertThat(approvedNumbers).doesNotHaveDuplicates();
        assertThat(approvedNumbers.size() + withdrawn).isEqualTo(30);
        List<Integer> sequence = approvedNumbers.stream()
                .map(n -> Integer.parseInt(n.replaceAll("^.*第(\\d+)号$", "$1"))).sorted().toList();
        assertThat(sequence).isEqualTo(IntStream.rangeClosed(sequence.isEmpty() ? 1 : sequence.get(0),
                sequence.isEmpty() ? 0 : sequence.get(0) + sequence.size() - 1).boxed().toList());
    }

    private String recommended(PlanRevision plan) {
        String reviewId = submitted(plan);
        post("/api/reviews/" + reviewId + "/start", SATO, null);
        post("/api/reviews/" + reviewId + "/recommend", SATO, null);
        return reviewId;
    }

    private static void awaitQuietly(CountDownLatch go, long delayMillis) {
        try {
            go.await();
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String submissionOf(PlanRevision plan, List<String> authors) {
        return EventJson.write(EventEnvelope.create(EventTypes.PLAN_SUBMITTED, plan.submittedAt(), "plan-service",
                plan.planId(), plan.municipalityCode(), UUID.randomUUID().toString(),
                new PlanSubmitted(plan, authors)));
    }

    private String withdrawalRequestOf(PlanRevision plan, String eventId) {
        EventEnvelope<PlanWithdrawalRequested> envelope = EventEnvelope.create(EventTypes.PLAN_WITHDRAWAL_REQUESTED,
                OffsetDateTime.now(clock), "plan-service", plan.planId(), plan.municipalityCode(), null,
                new PlanWithdrawalRequested(plan.planId(), plan.revision(), plan.title(), "計画内容を見直すため",
                        "shinagawa-planner", OffsetDateTime.now(clock)));
        String json = EventJson.write(envelope);
        return json.replace(envelope.eventId().toString(), eventId);
    }

    private static List<ConsumerRecord<String, byte[]>> awaitEvents(String eventType, String key, int count) {
        List<ConsumerRecord<String, byte[]>> found = KafkaTopics.await(Topics.APPROVAL_EVENTS, count,
                r -> key.equals(r.key()) && eventType.equals(KafkaTopics.header(r, EventHeaders.EVENT_TYPE)),
                PATIENCE);
        assertThat(found).as("%s of %s on %s", eventType, key, Topics.APPROVAL_EVENTS).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }
}
