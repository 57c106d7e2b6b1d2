package jp.tokyo.monozukuri.endtoend.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import jp.tokyo.monozukuri.localstack.scenario.StackApi;

/**
 * One fault while a wave of 50 plans flows: the wave is driven through the APIs while {@code fault} runs beside it,
 * striking once half of the plans are submitted; then the system is given time to settle, and the wave is audited.
 */
public final class FaultRun {

    /** What the fault did to the stack, for the report. */
    @FunctionalInterface
    public interface Fault {
        void strike() throws Exception;
    }

    public record Result(PlanWave wave, WaveAudit.Verdict verdict, WaveAudit.Verdict documentNumbers,
            long serverErrors, Duration took) {

        public long lost() {
            return verdict.lost() + documentNumbers.lost();
        }

        public long doubled() {
            return verdict.doubled() + documentNumbers.doubled();
        }

        /** Adds this run to the summary table as the row of {@code fault}. */
        public void report(String fault) {
            ReliabilityReport.record(new ReliabilityReport.Row(fault, load(), lost(), doubled(), serverErrors, took));
        }

        public String load() {
            return wave.size() + " plans: " + wave.requests() + " requests answered, " + wave.unavailable()
                    + " attempts found a service down (retried), " + verdict.notices() + " notices, "
                    + verdict.mails() + " mails";
        }
    }

    private FaultRun() {
    }

    public static Result run(RunningStack stack, PlanWave wave, Fault fault, Duration settle) {
        StackApi api = stack.api();
        Inventory inventory = new Inventory(api);
        Mailboxes mailboxes = new Mailboxes(stack.endpoints().imapPort());
        WaveAudit.Baseline baseline = WaveAudit.Baseline.take(inventory, mailboxes,
                wave.members().stream().map(PlanWave.Member::mailbox).toList());
        long serverErrorsBefore = api.serverErrorCount();
        Instant begin = Instant.now();

        CompletableFuture<Void> striking = CompletableFuture.runAsync(() -> {
            StackApi.await("half of wave " + wave.label() + " submitted", Duration.ofMinutes(10),
                    () -> wave.submitted() >= wave.size() / 2 ? Optional.of(true) : Optional.empty());
            try {
                fault.strike();
            } catch (Exception e) {
                throw new IllegalStateException("the fault could not be struck", e);
            }
        });
        wave.driveToApproval(Duration.ofMinutes(20));
        striking.join();
        wave.awaitSettled(inventory, baseline.noticeIds(), settle);
        Duration took = Duration.between(begin, Instant.now());

        WaveAudit.Verdict verdict = WaveAudit.audit(wave, api, inventory, mailboxes, baseline);
        WaveAudit.Verdict numbers = WaveAudit.documentNumbers(inventory.reviews());
        return new Result(wave, verdict, numbers, api.serverErrorCount() - serverErrorsBefore, took);
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
