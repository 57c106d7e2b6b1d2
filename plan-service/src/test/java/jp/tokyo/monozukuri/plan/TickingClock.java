package jp.tokyo.monozukuri.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tokyo time as it was when the program's 2014 plans were written, one second later at every reading: times
 * in tests are the program's, and two things done one after the other never share a timestamp.
 */
public final class TickingClock extends Clock {

    public static final OffsetDateTime START = OffsetDateTime.parse("2014-01-20T10:00:00+09:00");

    private final AtomicLong ticks = new AtomicLong();

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Asia/Tokyo");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("plan-service runs on Tokyo time");
    }

    @Override
    public Instant instant() {
        return START.toInstant().plus(Duration.ofSeconds(ticks.incrementAndGet()));
    }
}
