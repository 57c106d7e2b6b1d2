package jp.tokyo.monozukuri.plan.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.Topics;
import jp.tokyo.monozukuri.infrastructure.outbox.EventHeaders;
import jp.tokyo.monozukuri.plan.PlanServiceIntegrationTest;
import jp.tokyo.monozukuri.testsupport.Fixtures;
import jp.tokyo.monozukuri.testsupport.ProducerContract;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * plan-service on the real broker: what it publishes has the shape of the contract fixtures, and
 * approval-service's events (sent as the fixtures have them) move plans — once, and never backwards.
 */
class PlanEventsIntegrationTest extends PlanServiceIntegrationTest {

    private static final String SHINAGAWA = TestTokens.municipality(TestTokens.SHINAGAWA);
    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.APPROVAL_EVENTS, "plan-service");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void submittingPublishesPlanSubmittedInTheShapeOfTheFixture() {
        // when
        String id = createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));

        // then
        ConsumerRecord<String, byte[]> record = published(EventTypes.PLAN_SUBMITTED, id);
        JsonNode event = JSON.readTree(KafkaTopics.text(record));
        ProducerContract.assertMatchesFixture(EventTypes.PLAN_SUBMITTED, event);
        assertThat(record.key()).isEqualTo(id);
        assertThat(KafkaTopics.header(record, EventHeaders.EVENT_ID)).isEqualTo(event.get("eventId").asString());
        assertThat(event.get("producer").asString()).isEqualTo("plan-service");
        assertThat(event.get("municipalityCode").asString()).isEqualTo(TestTokens.SHINAGAWA);
        JsonNode plan = event.at("/payload/plan");
        assertThat(plan.get("revision").asInt()).isEqualTo(1);
        assertThat(plan.get("title").asString()).isEqualTo("品川区大崎駅周辺地域ものづくり産業基盤強化計画");
        assertThat(plan.get("municipalityName").asString()).isEqualTo("品川区");
        assertThat(plan.at("/measures/1/number").asInt()).isEqualTo(2);
        assertThat(plan.at("/measures/1/projects/2/name").asString()).isEqualTo("異分野とのビジネスマッチング事業");
        assertThat(plan.at("/contact/phone").asString()).isEqualTo("03-5742-6000");
        assertThat(plan.get("submittedBy").asString()).isEqualTo("staff-131091");
        assertThat(plan.get("submittedAt").asString()).endsWith("+09:00");
        // the frozen revision served by the API is exactly what the event carried
        assertThat(get("/api/plans/" + id + "/revisions/1", SHINAGAWA).body()).isEqualTo(plan);
    }

    @Test
    void withdrawingASubmittedPlanPublishesAWithdrawalRequestInTheShapeOfTheFixtureAndWithdrawsNothingYet() {
        // given
        String id = createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));

        // when
        Response answer = post("/api/plans/" + id + "/withdraw", SHINAGAWA,
                JSON.createObjectNode().put("reason", "計画内容を見直すため"));

        // then
        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.body().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(answer.body().get("withdrawalRequested").asBoolean()).isTrue();
        JsonNode event = JSON.readTree(KafkaTopics.text(published(EventTypes.PLAN_WITHDRAWAL_REQUESTED, id)));
        ProducerContract.assertMatchesFixture(EventTypes.PLAN_WITHDRAWAL_REQUESTED, event);
        assertThat(event.at("/payload/revision").asInt()).isEqualTo(1);
        assertThat(event.at("/payload/reason").asString()).isEqualTo("計画内容を見直すため");
        assertThat(KafkaTopics.await(Topics.PLAN_EVENTS, 1, r -> id.equals(r.key())
                && EventTypes.PLAN_WITHDRAWN.equals(KafkaTopics.header(r, EventHeaders.EVENT_TYPE)),
                Duration.ofSeconds(2))).as("plan.withdrawn is no longer published").isEmpty();
    }

    @Test
    void anAcceptedWithdrawalWithdrawsThePlanOnceAndFreesItsYears() {
        // given
        String id = createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        send(approvalEvent(EventTypes.REVIEW_STARTED, id, 1));
        awaitStatus(id, "UNDER_REVIEW");
        assertThat(post("/api/plans/" + id + "/withdraw", SHINAGAWA, null).status()).isEqualTo(202);
        String second = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        assertThat(submit(second, SHINAGAWA).status()).as("years still taken while pending").isEqualTo(409);

        // when
        ObjectNode accepted = approvalEvent(EventTypes.APPROVAL_WITHDRAWAL_ACCEPTED, id, 1);
        send(accepted);
        send(accepted);

        // then
        JsonNode plan = awaitStatus(id, "WITHDRAWN");
        assertThat(plan.get("withdrawalRequested").asBoolean()).isFalse();
        assertThat(statuses(plan)).containsExactly("DRAFT", "SUBMITTED", "UNDER_REVIEW", "WITHDRAWN");
        assertThat(submit(second, SHINAGAWA).status()).isEqualTo(200);
    }

    @Test
    void aRefusedWithdrawalLeavesThePlanApprovedWithTheRefusalVisible() {
        // given: the approval came first, the withdrawal request reached approval-service after it
        String id = createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        send(approvalEvent(EventTypes.REVIEW_STARTED, id, 1));
        awaitStatus(id, "UNDER_REVIEW");
        assertThat(post("/api/plans/" + id + "/withdraw", SHINAGAWA, null).status()).isEqualTo(202);

        // when
        send(approvalEvent(EventTypes.PLAN_APPROVED, id, 1));
        send(approvalEvent(EventTypes.APPROVAL_WITHDRAWAL_REFUSED, id, 1));

        // then
        await().atMost(PATIENCE).until(() -> get("/api/plans/" + id, SHINAGAWA).body().get("withdrawalRefusal"),
                refusal -> refusal != null && !refusal.isNull());
        JsonNode plan = get("/api/plans/" + id, SHINAGAWA).body();
        assertThat(plan.get("status").asString()).isEqualTo("APPROVED");
        assertThat(plan.get("withdrawalRequested").asBoolean()).isFalse();
        assertThat(plan.at("/withdrawalRefusal/documentNumber").asString()).isEqualTo("25産労商地第1号");
        Response again = post("/api/plans/" + id + "/withdraw", SHINAGAWA, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).endsWith("/withdrawal-refused");
        assertThat(again.body().get("documentNumber").asString()).isEqualTo("25産労商地第1号");
    }

    @Test
    void theFourApprovalEventsMoveThePlanThroughReviewReturnResubmissionAndApproval() {
        // given
        String id = createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));

        // when / then: review.started
        send(approvalEvent(EventTypes.REVIEW_STARTED, id, 1));
        awaitStatus(id, "UNDER_REVIEW");

        // plan.returned, with the reasons the municipality reads
        send(approvalEvent(EventTypes.PLAN_RETURNED, id, 1));
        JsonNode returned = awaitStatus(id, "RETURNED");
        assertThat(returned.at("/lastReturn/reasons/0").asString()).startsWith("施策3「品川産業支援交流施設基盤整備事業」について");
        assertThat(returned.at("/lastReturn/returnedBy").asString()).isEqualTo("tokyo-reviewer-sato");

        // the municipality answers and resubmits as revision 2
        Response current = get("/api/plans/" + id, SHINAGAWA);
        ObjectNode answered = referencePlan(TestTokens.SHINAGAWA);
        answered.put("summary", answered.get("summary").asString() + "平成27年6月の施設開設に向け、年度別に事業を実施する。");
        assertThat(put("/api/plans/" + id, SHINAGAWA, answered, current.etag()).status()).isEqualTo(200);
        assertThat(submit(id, SHINAGAWA).body().get("revision").asInt()).isEqualTo(2);

        send(approvalEvent(EventTypes.REVIEW_STARTED, id, 2));
        awaitStatus(id, "UNDER_REVIEW");

        // plan.approved, with the approval's document number and date
        send(approvalEvent(EventTypes.PLAN_APPROVED, id, 2));
        JsonNode approved = awaitStatus(id, "APPROVED");
        assertThat(approved.at("/decision/approved").asBoolean()).isTrue();
        assertThat(approved.at("/decision/revision").asInt()).isEqualTo(2);
        assertThat(approved.at("/decision/documentNumber").asString()).isEqualTo("25産労商地第1号");
        assertThat(approved.at("/decision/decisionDate").asString()).isEqualTo("2014-03-13");
        assertThat(statuses(approved)).containsExactly("DRAFT", "SUBMITTED", "UNDER_REVIEW", "RETURNED", "SUBMITTED",
                "UNDER_REVIEW", "APPROVED");
    }

    @Test
    void planRejectedEndsThePlanWithTheReasons() {
        // given
        String id = createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        send(approvalEvent(EventTypes.REVIEW_STARTED, id, 1));

        // when
        send(approvalEvent(EventTypes.PLAN_REJECTED, id, 1));

        // then
        JsonNode rejected = awaitStatus(id, "REJECTED");
        assertThat(rejected.at("/decision/approved").asBoolean()).isFalse();
        assertThat(rejected.at("/decision/documentNumber").asString()).isEqualTo("25産労商地第5号");
        assertThat(rejected.at("/decision/reasons/0").asString()).contains("集積の維持・強化");
        // a rejected plan frees its years for a new plan
        String next = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        assertThat(submit(next, SHINAGAWA).status()).isEqualTo(200);
    }

    @Test
    void aDuplicatedEventIsAppliedOnceAndALateOneNeverMovesThePlanBack() {
        // given a plan under review
        String id = createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        ObjectNode started = approvalEvent(EventTypes.REVIEW_STARTED, id, 1);
        send(started);
        awaitStatus(id, "UNDER_REVIEW");

        // when review.started is delivered again, then the approval, then a late review.started of another id
        send(started);
        send(approvalEvent(EventTypes.PLAN_APPROVED, id, 1));
        send(approvalEvent(EventTypes.REVIEW_STARTED, id, 1));
        // an event that can never apply, on the same partition: once it is dead-lettered, all above were handled
        ObjectNode marker = approvalEvent(EventTypes.REVIEW_STARTED, id, 99);
        send(marker);
        awaitDeadLetter(marker);

        // then
        JsonNode plan = get("/api/plans/" + id, SHINAGAWA).body();
        assertThat(plan.get("status").asString()).isEqualTo("APPROVED");
        assertThat(statuses(plan)).containsExactly("DRAFT", "SUBMITTED", "UNDER_REVIEW", "APPROVED");
    }

    @Test
    void anEventForAnOlderRevisionIsIgnored() {
        // given revision 1 returned, revision 2 submitted
        String id = createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        send(approvalEvent(EventTypes.PLAN_RETURNED, id, 1));
        awaitStatus(id, "RETURNED");
        assertThat(submit(id, SHINAGAWA).status()).isEqualTo(200);

        // when revision 1's approval arrives late, followed by revision 2's review.started
        send(approvalEvent(EventTypes.PLAN_APPROVED, id, 1));
        send(approvalEvent(EventTypes.REVIEW_STARTED, id, 2));

        // then
        JsonNode plan = awaitStatus(id, "UNDER_REVIEW");
        assertThat(plan.get("revision").asInt()).isEqualTo(2);
        assertThat(plan.get("decision").isNull()).isTrue();
        assertThat(statuses(plan)).containsExactly("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "UNDER_REVIEW");
    }

    @Test
    void anEventForAnUnknownPlanGoesToTheDeadLetterTopic() {
        ObjectNode orphan = approvalEvent(EventTypes.PLAN_APPROVED, "plan-that-never-was", 1);

        send(orphan);

        assertThat(awaitDeadLetter(orphan)).hasSize(1);
    }

    /** The fixture of {@code type}, retargeted at revision {@code revision} of plan {@code planId}, with a new id. */
    private static ObjectNode approvalEvent(String type, String planId, int revision) {
        ObjectNode event = (ObjectNode) JSON.readTree(Fixtures.json(type));
        event.put("eventId", UUID.randomUUID().toString())
                .put("aggregateId", planId)
                .put("municipalityCode", TestTokens.SHINAGAWA);
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("planId", planId).put("revision", revision);
        if (payload.get("plan") instanceof ObjectNode plan) {
            plan.put("planId", planId).put("revision", revision);
        }
        return event;
    }

    private static void send(ObjectNode event) {
        KafkaTopics.send(Topics.APPROVAL_EVENTS, event.get("aggregateId").asString(), JSON.writeValueAsString(event));
    }

    private JsonNode awaitStatus(String id, String status) {
        await().atMost(PATIENCE).until(() -> get("/api/plans/" + id, SHINAGAWA).body().get("status").asString(),
                status::equals);
        return get("/api/plans/" + id, SHINAGAWA).body();
    }

    private static List<ConsumerRecord<String, byte[]>> awaitDeadLetter(ObjectNode event) {
        String eventId = event.get("eventId").asString();
        List<ConsumerRecord<String, byte[]>> dead = KafkaTopics.await(DEAD_LETTERS, 1,
                r -> KafkaTopics.text(r).contains(eventId), PATIENCE);
        assertThat(dead).as("dead letter %s", eventId).isNotEmpty();
        return dead;
    }

    private static ConsumerRecord<String, byte[]> published(String type, String planId) {
        List<ConsumerRecord<String, byte[]>> records = KafkaTopics.await(Topics.PLAN_EVENTS, 1,
                r -> planId.equals(r.key()) && type.equals(KafkaTopics.header(r, EventHeaders.EVENT_TYPE)), PATIENCE);
        assertThat(records).as("%s of %s on %s", type, planId, Topics.PLAN_EVENTS).hasSize(1);
        return records.get(0);
    }

    private static List<String> statuses(JsonNode plan) {
        List<String> statuses = new ArrayList<>();
        plan.get("statusHistory").forEach(h -> statuses.add(h.get("to").asString()));
        return statuses;
    }
}
