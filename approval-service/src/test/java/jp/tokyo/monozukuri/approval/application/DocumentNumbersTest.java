package jp.tokyo.monozukuri.approval.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import jp.tokyo.monozukuri.approval.ApprovalServiceIntegrationTest;
import jp.tokyo.monozukuri.approval.domain.DecisionKind;
import jp.tokyo.monozukuri.approval.domain.DocumentNumber;
import jp.tokyo.monozukuri.approval.domain.DocumentNumberLedger;
import jp.tokyo.monozukuri.approval.domain.ReviewStatus;
import jp.tokyo.monozukuri.approval.persistence.StoredReview;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.Topics;
import jp.tokyo.monozukuri.contracts.plan.PlanWithdrawn;
import jp.tokyo.monozukuri.infrastructure.outbox.EventHeaders;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Document numbers (文書番号) stay unique and gap-free when many approvals run at once against the real store
 * over TCP — as with several replicas — and when a decision is interrupted after its number was taken.
 * Each test numbers in a fiscal year of its own.
 */
class DocumentNumbersTest extends ApprovalServiceIntegrationTest {

    private static final String PREFIX = "産労商地";

    @Autowired
    ReviewerActions reviewer;

    @Autowired
    ApproverDecisions decisions;

    @Autowired
    DocumentNumberLedger ledger;

    @Autowired
    PendingDecisionCompleter completer;

    @Test
    void fiftyParallelApprovalsAreNumberedOneToFiftyWithoutGapsOrDuplicates() throws Exception {
        // given: fifty recommended reviews in FY2020 (令和2年度)
        clock.set(OffsetDateTime.parse("2020-06-01T10:00:00+09:00"));
        List<String> reviewIds = IntStream.range(0, 50).mapToObj(i -> recommended("concurrency-" + i)).toList();

        // when: fifty approvers' requests arrive at once
        List<ResponseEntity<Map<String, Object>>> responses = inParallel(reviewIds.stream()
                .<Callable<ResponseEntity<Map<String, Object>>>>map(id -> () -> http().post()
                        .uri("/api/reviews/" + id + "/approve")
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.approver("tokyo-approver-suzuki"))
                        .retrieve().toEntity(JSON))
                .toList());

        // then
        assertThat(responses).allSatisfy(r -> assertThat(r.getStatusCode().value()).isEqualTo(200));
        List<String> numbers = reviewIds.stream().map(id -> reviews.find(id).orElseThrow().review())
                .map(review -> review.decision().orElseThrow().documentNumber().formatted()).toList();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 50).mapToObj(n -> "2産労商地第" + n + "号").toList());
    }

    @Test
    void aClaimRepeatedForTheSameReviewReturnsTheSameNumberEvenWhenClaimsRace() throws Exception {
        // given: forty reviews each claiming twice at once in FY2021 — a retry racing its original
        List<String> reviewIds = IntStream.range(0, 40).mapToObj(i -> "ledger-review-" + i).toList();
        List<Callable<DocumentNumber>> claims = new ArrayList<>();
        reviewIds.forEach(id -> {
            claims.add(() -> ledger.claim(PREFIX, 2021, id));
            claims.add(() -> ledger.claim(PREFIX, 2021, id));
        });

        // when
        List<DocumentNumber> numbers = inParallel(claims);

        // then
        for (int i = 0; i < numbers.size(); i += 2) {
            assertThat(numbers.get(i)).isEqualTo(numbers.get(i + 1));
        }
        assertThat(numbers.stream().map(DocumentNumber::sequence).distinct())
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
        assertThat(ledger.claim(PREFIX, 2021, reviewIds.get(0))).isEqualTo(numbers.get(0));
    }

    @Test
    void aDecisionInterruptedAfterItsNumberWasTakenIsCompletedUnderThatNumber() {
        // given: in FY2022 an approval recorded its decision and took its number, then the replica died
        clock.set(OffsetDateTime.parse("2022-05-10T10:00:00+09:00"));
        String interrupted = recommended("interrupted");
        StoredReview stored = reviews.find(interrupted).orElseThrow();
        stored.review().beginDecision(DecisionKind.APPROVAL, "tokyo-approver-suzuki", List.of(),
                OffsetDateTime.now(clock));
        reviews.update(stored, List.of());
        DocumentNumber taken = ledger.claim(PREFIX, 2022, interrupted);

        // and: meanwhile the municipality withdraws, and another plan is approved
        intake.withdraw(EventEnvelope.create(EventTypes.PLAN_WITHDRAWN, OffsetDateTime.now(clock), "plan-service",
                stored.review().planId(), stored.review().municipalityCode(), null,
                new PlanWithdrawn(stored.review().planId(), 1, stored.review().plan().title(), "取下げ",
                        "shinagawa-planner", OffsetDateTime.now(clock))));
        String other = recommended("after-the-interruption");
        decisions.approve(other, "tokyo-approver-suzuki");

        // when: the background completion finds the decision older than its grace period
        clock.set(OffsetDateTime.parse("2022-05-10T10:05:00+09:00"));
        completer.completeStaleDecisions();

        // then: the interrupted approval holds the number it took; nothing was skipped or given twice
        var completed = reviews.find(interrupted).orElseThrow().review();
        assertThat(completed.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(completed.decision().orElseThrow().documentNumber()).isEqualTo(taken);
        assertThat(completed.decision().orElseThrow().decisionDate()).hasToString("2022-05-10");
        assertThat(taken.formatted()).isEqualTo("4産労商地第1号");
        assertThat(reviews.find(other).orElseThrow().review().decision().orElseThrow().documentNumber().formatted())
                .isEqualTo("4産労商地第2号");
        assertThat(KafkaTopics.await(Topics.APPROVAL_EVENTS, 1, record -> record.key().equals(completed.planId())
                && EventTypes.PLAN_APPROVED.equals(KafkaTopics.header(record, EventHeaders.EVENT_TYPE))
                && KafkaTopics.text(record).contains("4産労商地第1号"), Duration.ofSeconds(60))).hasSize(1);
    }

    private String recommended(String name) {
        String reviewId = submitted(planOf(SHINAGAWA, newPlanId(name), 1));
        reviewer.start(reviewId, "tokyo-reviewer-sato");
        reviewer.recommend(reviewId, "tokyo-reviewer-sato", null);
        return reviewId;
    }

    private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = tasks.stream().map(task -> pool.submit(() -> {
                go.await();
                return task.call();
            })).toList();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
