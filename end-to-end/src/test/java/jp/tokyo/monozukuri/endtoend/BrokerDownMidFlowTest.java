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
 * The Kafka broker stopped for 30 s while 50 plans flow, then started again: the APIs keep answering (state and
 * events wait together in the outboxes), and once the broker is back every event is relayed, consumed and notified
 * exactly once.
 */
@Tag("faults")
@Order(11)
@ExtendWith(LocalStackExtension.class)
class BrokerDownMidFlowTest {

    private static FaultRun.Result result;

    @BeforeAll
    static void theBrokerIsDownForThirtySecondsWhileFiftyPlansFlow(RunningStack stack) {
        PlanWave wave = new PlanWave(stack.api(), "障害試験 ブローカー停止", 2023, 50);
        result = FaultRun.run(stack, wave, () -> {
            stack.stop("kafka");
            FaultRun.pause(Duration.ofSeconds(30));
            System.out.println("[e2e] kafka ready again after " + stack.start("kafka").toSeconds() + " s");
        }, Duration.ofMinutes(10));
        result.report("Kafka broker stopped 30 s mid-flow, restarted");
    }

    @Test
    void everyPlanReachesItsEndOnceAndEveryNoticeGoesOutOnce() {
        assertThat(result.verdict().findings()).isEmpty();
        assertThat(result.verdict().notices()).isEqualTo(50 * PlanWave.NOTICE_EVENTS.size());
        assertThat(result.verdict().mails()).isEqualTo(result.verdict().notices());
        assertThat(result.documentNumbers().findings()).isEmpty();
    }

    @Test
    void theApisKeptAnsweringWithoutServerErrors() {
        assertThat(result.wave().serverErrorLines()).isEmpty();
    }
}
