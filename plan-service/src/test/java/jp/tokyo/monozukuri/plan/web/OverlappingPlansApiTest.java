package jp.tokyo.monozukuri.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.tokyo.monozukuri.plan.PlanServiceIntegrationTest;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** A municipality has at most one plan SUBMITTED, UNDER_REVIEW or APPROVED for any fiscal year. */
class OverlappingPlansApiTest extends PlanServiceIntegrationTest {

    private static final String SHINAGAWA = TestTokens.municipality(TestTokens.SHINAGAWA);

    @Test
    void submittingAPlanOverlappingASubmittedOneIsAConflictNamingIt() {
        // given 2014–2016 submitted
        String first = createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        String second = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA, 2016));

        // when 2016–2018 is submitted
        Response conflict = submit(second, SHINAGAWA);

        // then
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.problemType()).endsWith("/overlapping-plan-period");
        assertThat(conflict.body().get("conflictingPlanId").asString()).isEqualTo(first);
        Response unchanged = get("/api/plans/" + second, SHINAGAWA);
        assertThat(unchanged.body().get("status").asString()).isEqualTo("DRAFT");
        assertThat(unchanged.etag()).isEqualTo("\"1\"");
    }

    @Test
    void consecutivePeriodsDoNotOverlap() {
        createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        String next = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA, 2017));

        assertThat(submit(next, SHINAGAWA).status()).isEqualTo(200);
    }

    @Test
    void otherMunicipalitiesPlansForTheSameYearsDoNotOverlap() {
        createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));

        String edogawa = create(TestTokens.municipality(TestTokens.EDOGAWA), referencePlan(TestTokens.EDOGAWA));

        assertThat(submit(edogawa, TestTokens.municipality(TestTokens.EDOGAWA)).status()).isEqualTo(200);
    }

    @Test
    void aPlanWhoseWithdrawalIsOnlyRequestedKeepsItsYears() {
        String first = createAndSubmit(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        String second = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        assertThat(submit(second, SHINAGAWA).status()).isEqualTo(409);

        assertThat(post("/api/plans/" + first + "/withdraw", SHINAGAWA, null).status()).isEqualTo(202);

        assertThat(submit(second, SHINAGAWA).status())
                .as("freed only when approval-service accepts the withdrawal (PlanEventsIntegrationTest)")
                .isEqualTo(409);
    }

    @Test
    void draftsMayOverlapFreely() {
        create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));

        assertThat(post("/api/plans", SHINAGAWA, referencePlan(TestTokens.SHINAGAWA)).status()).isEqualTo(201);
    }

    @Test
    void ofTwoOverlappingPlansSubmittedAtTheSameMomentExactlyOneIsAccepted() throws Exception {
        // given
        String a = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA));
        String b = create(SHINAGAWA, referencePlan(TestTokens.SHINAGAWA, 2015));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> submitA = () -> {
                start.await();
                return submit(a, SHINAGAWA).status();
            };
            Callable<Integer> submitB = () -> {
                start.await();
                return submit(b, SHINAGAWA).status();
            };
            List<Future<Integer>> results = List.of(pool.submit(submitA), pool.submit(submitB));

            // when
            start.countDown();

            // then
            assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(get("/api/plans?status=SUBMITTED", SHINAGAWA).body().get("totalItems").asLong()).isEqualTo(1);
    }
}
