package jp.tokyo.monozukuri.approval;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import jp.tokyo.monozukuri.approval.domain.TokyoTime;

/**
 * The service's clock in tests: set to a moment of the scenario (e.g. 2014-03-13, the day of the press
 * release), it stays there, so decision dates and document numbers are deterministic.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2014-03-13T01:00:00Z"));

    public void set(OffsetDateTime moment) {
        now.set(moment.toInstant());
    }

    @Override
    public ZoneId getZone() {
        return TokyoTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now.get(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
