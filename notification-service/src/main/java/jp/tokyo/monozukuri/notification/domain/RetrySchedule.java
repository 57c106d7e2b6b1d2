package jp.tokyo.monozukuri.notification.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a PENDING notice waits after a failed attempt before the scheduled sender tries it again: doubling from
 * {@code firstDelay}, never more than {@code maxDelay}, and never giving up on a temporary failure — a relay that
 * is down for a day still gets every notice once it is back.
 */
public record RetrySchedule(Duration firstDelay, Duration maxDelay) {

    public RetrySchedule {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= firstDelay <= maxDelay");
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (1-based). */
    public Duration delayAfter(int attempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
