package jp.tokyo.monozukuri.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.tokyo.monozukuri.endtoend.support.FaultRun;
import jp.tokyo.monozukuri.endtoend.support.LocalStackExtension;
import jp.tokyo.monozukuri.endtoend.support.PlanWave;
import jp.tokyo.monozukuri.endtoend.support.RunningStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * approval-service killed with SIGKILL while 50 plans flow — nothing of it runs on, nothing is flushed — and started
 * again: every plan still ends APPROVED with a gap-free document number, every grant opens once, every notice
 * goes out once. approval-service sits in the middle: it consumes plan-events, numbers decisions between two writes
 * and publishes approval-events from its outbox.
 */
@Tag("faults")
@Order(10)
@ExtendWith(LocalStackExtension.class)
class ServiceKilledMidFlowTest {

    private static final String VICTIM = "approval-service";
    private static FaultRun.Result result;

    @BeforeAll
    static void approvalServiceIsKilledAndRestartedWhileFiftyPlansFlow(RunningStack stack) {
        PlanWave wave = new PlanWave(stack.api(), "障害試験 SIGKILL", 2020, 50);
        result = FaultRun.run(stack, wave, () -> {
            stack.kill(VICTIM);
            FaultRun.pause(Duration.ofSeconds(3));
            System.out.println("[e2e] " + VICTIM + " ready again after " + stack.start(VICTIM).toSeconds() + " s");
        }, Duration.ofMinutes(10));
        result.report("SIGKILL " + VICTIM + " mid-flow, restarted");
    }

    @Test
    void everyPlanReachesItsEndOnceAndEveryNoticeGoesOutOnce() {
        assertThat(result.verdict().findings()).isEmpty();
        assertThat(result.verdict().notices()).isEqualTo(50 * PlanWave.NOTICE_EVENTS.size());
        assertThat(result.verdict().mails()).isEqualTo(result.verdict().notices());
    }

    @Test
    void documentNumbersStayGapFreeAndUnique() {
        assertThat(result.documentNumbers().findings()).isEmpty();
    }

    @Test
    void noRequestWasAnsweredWithAServerError() {
        assertThat(result.wave().serverErrorLines()).isEmpty();
    }
}
