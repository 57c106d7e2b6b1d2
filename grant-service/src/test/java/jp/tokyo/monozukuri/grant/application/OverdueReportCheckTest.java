package jp.tokyo.monozukuri.grant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.Topics;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.grant.GrantServiceTest;
import jp.tokyo.monozukuri.grant.SecondReplica;
import jp.tokyo.monozukuri.grant.domain.ApprovedPlan;
import jp.tokyo.monozukuri.grant.domain.DecisionTerms;
import jp.tokyo.monozukuri.grant.domain.Grant;
import jp.tokyo.monozukuri.grant.domain.GrantApplication;
import jp.tokyo.monozukuri.grant.domain.ProjectCost;
import jp.tokyo.monozukuri.grant.domain.YearBudget;
import jp.tokyo.monozukuri.grant.persistence.DocumentNumberRegister;
import jp.tokyo.monozukuri.grant.persistence.GrantDocument;
import jp.tokyo.monozukuri.grant.persistence.GrantStore;
import jp.tokyo.monozukuri.infrastructure.outbox.EventHeaders;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The scheduled check for overdue performance reports, as it runs on every replica. */
class OverdueReportCheckTest extends GrantServiceTest {

    private static final YearBudget BUDGET_2014 = new YearBudget(LocalDate.of(2014, 3, 27), LocalDate.of(2014, 3, 18));

    @Autowired
    GrantStore grants;

    @Autowired
    GrantEventOutbox outbox;

    @Autowired
    DocumentNumberRegister numbers;

    @Autowired
    GrantProperties properties;

    @Autowired
    OverdueReportCheck check;

    @Test
    void twoReplicasCheckingAtOnceRaiseEachOverdueReportExactlyOnce() throws Exception {
        // given: twelve municipalities' FY2014 decided, none reported by April 30, 2015
        Instant start = Instant.now();
        Set<String> ids = Municipalities.tokyo().stream().limit(12).map(this::decidedFiscalYear2014)
                .collect(Collectors.toSet());
        clock.setDate(LocalDate.of(2015, 5, 1));

        int raised;
        try (SecondReplica other = new SecondReplica(mongo, clock)) {
            // when: this replica and another one run the check at the same moment
            raised = runAtOnce(check, other.overdueReportCheck());
        }

        // then: one event per grant, whoever raised it
        assertThat(raised).isEqualTo(12);
        assertThat(mongo.findAll(GrantDocument.class)).allSatisfy(grant ->
                assertThat(grant.years().get(0).reportOverdueRaisedOn()).hasToString("2015-05-01"));
        await().atMost(Duration.ofSeconds(60)).until(() -> mongo.findAll(GrantDocument.class).stream()
                .allMatch(grant -> grant.outbox().isEmpty()));
        List<String> overdueKeys = KafkaTopics.read(Topics.GRANT_EVENTS, Duration.ofSeconds(5), records -> false)
                .stream()
                .filter(r -> r.timestamp() >= start.toEpochMilli() && ids.contains(r.key()))
                .filter(r -> EventTypes.GRANT_REPORT_OVERDUE.equals(KafkaTopics.header(r, EventHeaders.EVENT_TYPE)))
                .map(r -> r.key()).toList();
        assertThat(overdueKeys).hasSize(12).doesNotHaveDuplicates();

        // and checking again the next day raises nothing
        clock.setDate(LocalDate.of(2015, 5, 2));
        assertThat(check.run()).isZero();
    }

    @Test
    void aReportIsNotOverdueOnItsDueDateNorOnceReceived() {
        // given
        String late = decidedFiscalYear2014(Municipalities.byCode(SHINAGAWA).orElseThrow());
        clock.setDate(LocalDate.of(2015, 4, 30));

        // when
        int onTheDueDate = check.run();

        // then
        assertThat(onTheDueDate).isZero();
        assertThat(mongo.findById(late, GrantDocument.class).years().get(0).reportOverdueRaisedOn()).isNull();
    }

    private static int runAtOnce(OverdueReportCheck first, OverdueReportCheck second) throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (OverdueReportCheck replica : List.of(first, second)) {
                runs.add(replicas.submit(() -> {
                    go.await();
                    return replica.run();
                }));
            }
            go.countDown();
            int raised = 0;
            for (Future<Integer> run : runs) {
                raised += run.get();
            }
            return raised;
        } finally {
            replicas.shutdownNow();
        }
    }

    /** A grant whose FY2014 was decided on 2014-05-15, its report due 2015-04-30. */
    private String decidedFiscalYear2014(Municipality municipality) {
        ApprovedPlan plan = new ApprovedPlan("plan-" + municipality.code() + "-overdue", 1, municipality.code(),
                municipality.name(), municipality.name() + "地域産業基盤強化計画", "25産労商地第1号",
                LocalDate.of(2014, 3, 13), 2014, 2016);
        Grant grant = Grant.open(plan, properties.program().toParameters(), fy -> fy == 2014 ? BUDGET_2014
                : YearBudget.NONE, LocalDate.of(2014, 3, 27));
        grant.fileApplication(2014, new GrantApplication(LocalDate.of(2014, 4, 15), 20_000_000L, 10_000_000L,
                List.of(new ProjectCost(1, "ものづくり支援事業", 20_000_000L)), "staff-" + municipality.code()));
        grant.decide(2014, new DecisionTerms(LocalDate.of(2014, 5, 15), 10_000_000L, List.of(), null,
                "tokyo-approver-suzuki"), numbers);
        grants.insert(grant, "overdue-test", outbox.entriesOf(grant, "overdue-test"));
        return grant.id();
    }
}
