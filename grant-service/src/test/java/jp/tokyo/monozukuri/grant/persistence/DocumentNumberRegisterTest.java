package jp.tokyo.monozukuri.grant.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import jp.tokyo.monozukuri.grant.GrantServiceTest;
import jp.tokyo.monozukuri.grant.SecondReplica;
import jp.tokyo.monozukuri.grant.application.GrantProperties;
import jp.tokyo.monozukuri.grant.domain.DocumentNumber;
import jp.tokyo.monozukuri.grant.domain.DocumentSubject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The register of the grant document series: per fiscal year from 1, no gaps, no duplicates, across replicas. */
class DocumentNumberRegisterTest extends GrantServiceTest {

    private static final LocalDate IN_FISCAL_2014 = LocalDate.of(2014, 5, 15);

    @Autowired
    DocumentNumberRegister register;

    @Autowired
    GrantProperties properties;

    @Test
    void twoReplicasIssuingAtOnceNumberTheFiscalYearFromOneWithoutGapsOrDuplicates() throws Exception {
        // given
        List<Integer> sequences = new ArrayList<>();
        try (SecondReplica other = new SecondReplica(mongo, clock)) {
            DocumentNumberRegister otherRegister = other.documentNumbers(properties);
            ExecutorService replicas = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<DocumentNumber>>> runs = new ArrayList<>();

            // when: each replica decides fifteen grants at the same time
            for (DocumentNumberRegister replica : List.of(register, otherRegister)) {
                int first = runs.size() * 100;
                runs.add(replicas.submit(() -> {
                    go.await();
                    List<DocumentNumber> issued = new ArrayList<>();
                    for (int i = first; i < first + 15; i++) {
                        issued.add(replica.issue(decisionOf("grant-" + i), IN_FISCAL_2014));
                    }
                    return issued;
                }));
            }
            go.countDown();
            for (Future<List<DocumentNumber>> run : runs) {
                run.get().forEach(number -> sequences.add(number.sequence()));
            }
            replicas.shutdownNow();
        }

        // then
        assertThat(sequences).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 30).boxed().toList());
    }

    @Test
    void askingAgainForTheSameDocumentGivesItsNumberInsteadOfANewOne() {
        // when
        DocumentNumber first = register.issue(decisionOf("grant-plan-shinagawa-2014"), IN_FISCAL_2014);
        DocumentNumber retried = register.issue(decisionOf("grant-plan-shinagawa-2014"), IN_FISCAL_2014);
        DocumentNumber next = register.issue(decisionOf("grant-plan-hachioji-2014"), IN_FISCAL_2014);

        // then
        assertThat(first).hasToString("26産労商地助第1号");
        assertThat(retried).isEqualTo(first);
        assertThat(next).hasToString("26産労商地助第2号");
    }

    @Test
    void eachFiscalYearHasItsOwnSequenceNamedAfterItsEraYear() {
        // when
        DocumentNumber lastDayOf2014 = register.issue(decisionOf("grant-a"), LocalDate.of(2015, 3, 31));
        DocumentNumber firstDayOf2015 = register.issue(decisionOf("grant-b"), LocalDate.of(2015, 4, 1));

        // then
        assertThat(lastDayOf2014).hasToString("26産労商地助第1号");
        assertThat(firstDayOf2015).hasToString("27産労商地助第1号");
    }

    private static DocumentSubject decisionOf(String grantId) {
        return new DocumentSubject(grantId, 2014, DocumentSubject.Kind.DECISION, 1);
    }
}
