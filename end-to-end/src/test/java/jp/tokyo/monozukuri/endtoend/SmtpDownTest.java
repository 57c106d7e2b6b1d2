package jp.tokyo.monozukuri.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tokyo.monozukuri.endtoend.support.FaultRun;
import jp.tokyo.monozukuri.endtoend.support.Inventory;
import jp.tokyo.monozukuri.endtoend.support.LocalStackExtension;
import jp.tokyo.monozukuri.endtoend.support.PlanWave;
import jp.tokyo.monozukuri.endtoend.support.RunningStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SMTP server down for a minute while notices are due: they wait (PENDING, with the relay's error), and once it is
 * back every one of them goes out, once.
 */
@Tag("faults")
@Order(12)
@ExtendWith(LocalStackExtension.class)
class SmtpDownTest {

    private static final Duration OUTAGE = Duration.ofMinutes(1);
    private static FaultRun.Result result;
    private static long waitingWithError;

    @BeforeAll
    static void theMailServerIsDownForAMinuteWhileFiftyPlansAreNotified(RunningStack stack) {
        Inventory inventory = new Inventory(stack.api());
        Set<String> before = inventory.notices().stream().map(n -> n.path("id").asString()).collect(Collectors.toSet());
        PlanWave wave = new PlanWave(stack.api(), "障害試験 SMTP停止", 2026, 50);
        result = FaultRun.run(stack, wave, () -> {
            Instant down = Instant.now();
            stack.stop("mail");
            FaultRun.pause(OUTAGE.minus(Duration.ofSeconds(5)));
            waitingWithError = inventory.notices().stream()
                    .filter(n -> !before.contains(n.path("id").asString()))
                    .filter(n -> n.path("status").asString().equals("PENDING") && !n.path("lastError").isMissingNode()
                            && !n.path("lastError").isNull())
                    .count();
            FaultRun.pause(OUTAGE.minus(Duration.between(down, Instant.now())));
            System.out.println("[e2e] mail ready again after " + stack.start("mail").toSeconds() + " s; "
                    + waitingWithError + " notices were waiting with the relay's error");
        }, Duration.ofMinutes(20));
        result.report("SMTP server stopped 1 min while notices are due");
    }

    @Test
    void noticesDueWhileTheRelayWasDownWaitedWithItsError() {
        assertThat(waitingWithError).isPositive();
    }

    @Test
    void onceItIsBackEveryNoticeGoesOutOnce() {
        assertThat(result.verdict().findings()).isEmpty();
        assertThat(result.verdict().notices()).isEqualTo(50 * PlanWave.NOTICE_EVENTS.size());
        assertThat(result.verdict().mails()).isEqualTo(result.verdict().notices());
        assertThat(result.wave().serverErrorLines()).isEmpty();
    }
}
