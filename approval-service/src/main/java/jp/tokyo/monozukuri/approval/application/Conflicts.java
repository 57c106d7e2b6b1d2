package jp.tokyo.monozukuri.approval.application;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Re-runs a load-decide-save use case when another request changed the aggregate in between. Each attempt
 * reloads and lets the domain check its rules again on the fresh state, so a retry never overrides a rule.
 */
final class Conflicts {

    private static final int ATTEMPTS = 5;

    private Conflicts() {
    }

    static <T> T retry(Supplier<T> useCase) {
        for (int attempt = 1; ; attempt++) {
            try {
                return useCase.get();
            } catch (OptimisticLockingFailureException concurrentChange) {
                if (attempt >= ATTEMPTS) {
                    throw concurrentChange;
                }
                pause(attempt);
            }
        }
    }

    /** Spreads retries so that competing requests do not collide again in lockstep. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5L * attempt, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
