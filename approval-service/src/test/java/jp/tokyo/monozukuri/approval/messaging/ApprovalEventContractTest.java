package jp.tokyo.monozukuri.approval.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.approval.ApprovalServiceIntegrationTest;
import java.util.UUID;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.Topics;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.plan.PlanWithdrawalRequested;
import jp.tokyo.monozukuri.infrastructure.outbox.EventHeaders;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.ProducerContract;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The producer's side of approval-service's contracts: every event type it publishes, read back from the real
 * broker, has the shape of its fixture in {@code contracts}, which plan-, grant- and notification-service test
 * against. FY2018 (平成30年度) is this class's fiscal year;
 * a withdrawal accepted for an undecided plan and refused for an approved one give the two withdrawal outcomes.
 */
class ApprovalEventContractTest extends ApprovalServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String REVIEWER = TestTokens.reviewer("tokyo-reviewer-contract");
    private static final String APPROVER = TestTokens.approver("tokyo-approver-contract");

    @Test
    void everyEventApprovalServicePublishesHasTheShapeOfItsFixture() {
        // given: FY2018; one plan returned, resubmitted and approved, one rejected, an announced round
        clock.set(OffsetDateTime.parse("2018-06-01T10:00:00+09:00"));
        PlanRevision approved = planOf(SHINAGAWA, newPlanId("contract-approved"), 1);
        String first = submitted(approved);
        post("/api/reviews/" + first + "/start", REVIEWER, null);
        post("/api/reviews/" + first + "/return", REVIEWER, Map.of("reasons", reasons("事業費の内訳が不足")));
        PlanRevision resubmitted = planOf(approved, approved.planId(), 2);
        String second = submitted(resubmitted);
        post("/api/reviews/" + second + "/start", REVIEWER, null);
        post("/api/reviews/" + second + "/recommend", REVIEWER, Map.of("note", "計画内容は妥当"));
        post("/api/reviews/" + second + "/approve", APPROVER, null);

        PlanRevision rejected = planOf(SHINAGAWA, newPlanId("contract-rejected"), 1);
        String third = submitted(rejected);
        post("/api/reviews/" + third + "/start", REVIEWER, null);
        post("/api/reviews/" + third + "/recommend", REVIEWER, Map.of("note", "要検討"));
        post("/api/reviews/" + third + "/reject", APPROVER, Map.of("reasons", reasons("計画期間が要件を満たさない")));

        PlanRevision withdrawn = planOf(SHINAGAWA, newPlanId("contract-withdrawn"), 1);
        submitted(withdrawn);
        intake.requestWithdrawal(withdrawalRequestOf(withdrawn));
        intake.requestWithdrawal(withdrawalRequestOf(resubmitted));

        Map<String, Object> round = post("/api/approval-rounds", APPROVER,
                Map.of("announcementDate", "2018-06-01", "reviewIds", List.of(second)));
        post("/api/approval-rounds/" + round.get("id") + "/publish", APPROVER, null);

        // then: each type, as the relay put it on approval-events, matches its fixture
        assertProducedAsFixture(EventTypes.REVIEW_STARTED, approved.planId());
        assertProducedAsFixture(EventTypes.PLAN_RETURNED, approved.planId());
        assertProducedAsFixture(EventTypes.PLAN_APPROVED, approved.planId());
        assertProducedAsFixture(EventTypes.PLAN_REJECTED, rejected.planId());
        assertProducedAsFixture(EventTypes.APPROVAL_ROUND_PUBLISHED, (String) round.get("id"));
        assertProducedAsFixture(EventTypes.APPROVAL_WITHDRAWAL_ACCEPTED, withdrawn.planId());
        assertProducedAsFixture(EventTypes.APPROVAL_WITHDRAWAL_REFUSED, approved.planId());
    }

    private EventEnvelope<PlanWithdrawalRequested> withdrawalRequestOf(PlanRevision plan) {
        return EventEnvelope.create(EventTypes.PLAN_WITHDRAWAL_REQUESTED, OffsetDateTime.now(clock), "plan-service",
                plan.planId(), plan.municipalityCode(), UUID.randomUUID().toString(),
                new PlanWithdrawalRequested(plan.planId(), plan.revision(), plan.title(), "計画内容を見直すため",
                        "shinagawa-planner", OffsetDateTime.now(clock)));
    }

    private static void assertProducedAsFixture(String eventType, String key) {
        List<ConsumerRecord<String, byte[]>> found = KafkaTopics.await(Topics.APPROVAL_EVENTS, 1,
                r -> key.equals(r.key()) && eventType.equals(KafkaTopics.header(r, EventHeaders.EVENT_TYPE)),
                PATIENCE);
        assertThat(found).as("%s of %s on %s", eventType, key, Topics.APPROVAL_EVENTS).isNotEmpty();
        ProducerContract.assertMatchesFixture(eventType, KafkaTopics.text(found.get(0)));
    }
}
