package jp.tokyo.monozukuri.grant.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.Topics;
import jp.tokyo.monozukuri.contracts.grant.GrantOpened;
import jp.tokyo.monozukuri.contracts.grant.GrantYearOpened;
import jp.tokyo.monozukuri.grant.GrantServiceTest;
import jp.tokyo.monozukuri.grant.persistence.GrantDocument;
import jp.tokyo.monozukuri.infrastructure.events.EventJson;
import jp.tokyo.monozukuri.infrastructure.outbox.EventHeaders;
import jp.tokyo.monozukuri.testsupport.Fixtures;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * From the {@code plan.approved} fixture on the real broker, through both budget resolutions, to
 * {@code grant.year-opened} on {@code grant-events}.
 */
class PlanApprovedToYearOpenedTest extends GrantServiceTest {

    private static final String GRANT_ID = "grant-plan-shinagawa-2014";

    @Test
    void anApprovedPlanOpensAGrantWhoseFirstYearOpensOnceBothAssembliesPassedTheBudget() {
        // given: the approval of 品川区's plan arrives on approval-events, twice (at-least-once delivery)
        Instant start = Instant.now();
        String approval = Fixtures.json(EventTypes.PLAN_APPROVED);
        KafkaTopics.send(Topics.APPROVAL_EVENTS, "plan-shinagawa-2014", approval);
        KafkaTopics.send(Topics.APPROVAL_EVENTS, "plan-shinagawa-2014", approval);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> mongo.findById(GRANT_ID, GrantDocument.class) != null);

        // when: 品川区議会 passes the FY2014 budget first, the Metropolitan Assembly second
        clock.setDate(LocalDate.of(2014, 3, 18));
        Map<String, Object> ward = recordResolution(2014, "MUNICIPAL", SHINAGAWA, "2014-03-18");
        clock.setDate(LocalDate.of(2014, 3, 27));
        Map<String, Object> tokyo = recordResolution(2014, "METROPOLITAN", null, "2014-03-27");

        // then
        assertThat(ward.get("openedGrantIds")).asList().isEmpty();
        assertThat(tokyo.get("openedGrantIds")).asList().containsExactly(GRANT_ID);
        List<ConsumerRecord<String, byte[]>> yearOpened = KafkaTopics.await(Topics.GRANT_EVENTS, 1,
                record -> isOurs(record, start, EventTypes.GRANT_YEAR_OPENED), Duration.ofSeconds(60));
        EventEnvelope<GrantYearOpened> event = EventJson.read(yearOpened.get(0).value(), GrantYearOpened.class);
        assertThat(yearOpened.get(0).key()).isEqualTo(GRANT_ID);
        assertThat(event.producer()).isEqualTo("grant-service");
        assertThat(event.municipalityCode()).isEqualTo(SHINAGAWA);
        assertThat(event.correlationId()).isEqualTo("c0a8e1f2-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
        GrantYearOpened payload = event.payload();
        assertThat(payload.planId()).isEqualTo("plan-shinagawa-2014");
        assertThat(payload.municipalityName()).isEqualTo("品川区");
        assertThat(payload.planTitle()).isEqualTo("品川区大崎駅周辺地域ものづくり産業基盤強化計画");
        assertThat(payload.fiscalYear()).isEqualTo(2014);
        assertThat(payload.metropolitanResolutionDate()).hasToString("2014-03-27");
        assertThat(payload.municipalResolutionDate()).hasToString("2014-03-18");
        assertThat(payload.openedOn()).hasToString("2014-03-27");
        assertThat(payload.reportDueDate()).hasToString("2015-04-30");
        assertThat(payload.terms().annualCapYen()).isEqualTo(100_000_000L);

        // and the redelivered approval opened nothing new: one grant, one grant.opened
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(GRANT_ID, GrantDocument.class).outbox()
                .isEmpty());
        assertThat(mongo.findAll(GrantDocument.class)).hasSize(1);
        List<ConsumerRecord<String, byte[]>> opened = KafkaTopics.read(Topics.GRANT_EVENTS, Duration.ofSeconds(5),
                records -> false).stream().filter(r -> isOurs(r, start, EventTypes.GRANT_OPENED)).toList();
        assertThat(opened).hasSize(1);
        GrantOpened grantOpened = EventJson.read(opened.get(0).value(), GrantOpened.class).payload();
        assertThat(grantOpened.approvalDocumentNumber()).isEqualTo("25産労商地第1号");
        assertThat(grantOpened.years()).extracting(GrantOpened.ScheduledYear::fiscalYear)
                .containsExactly(2014, 2015, 2016);
    }

    @Test
    void anApprovalOfAMunicipalityOutsideTokyoGoesToTheDeadLetterTopic() {
        // given: 横浜市 (141003) is no Tokyo municipality
        String foreign = Fixtures.json(EventTypes.PLAN_APPROVED)
                .replace("\"municipalityCode\": \"131091\"", "\"municipalityCode\": \"141003\"")
                .replace("7d3e1a90-2b4c-4d5e-8f60-71829a3b4c03", "7d3e1a90-2b4c-4d5e-8f60-0000000000ff");

        // when
        KafkaTopics.send(Topics.APPROVAL_EVENTS, "plan-shinagawa-2014", foreign);

        // then
        List<ConsumerRecord<String, byte[]>> dead = KafkaTopics.await(
                Topics.deadLetter(Topics.APPROVAL_EVENTS, "grant-service"), 1,
                record -> new String(record.value(), StandardCharsets.UTF_8).contains("0000000000ff"),
                Duration.ofSeconds(60));
        assertThat(dead).hasSize(1);
        assertThat(mongo.findById(GRANT_ID, GrantDocument.class)).isNull();
    }

    private static boolean isOurs(ConsumerRecord<String, byte[]> record, Instant start, String eventType) {
        return record.timestamp() >= start.toEpochMilli() && GRANT_ID.equals(record.key())
                && eventType.equals(KafkaTopics.header(record, EventHeaders.EVENT_TYPE));
    }
}
