package jp.tokyo.monozukuri.grant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Tokyo time that a test sets to the day of the program it replays (2014–2015). */
public final class TestClock extends Clock {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private volatile Instant now = Instant.parse("2014-03-13T01:00:00Z");

    public void setDate(LocalDate date) {
        now = date.atTime(LocalTime.of(10, 0)).atZone(TOKYO).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return TOKYO;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
