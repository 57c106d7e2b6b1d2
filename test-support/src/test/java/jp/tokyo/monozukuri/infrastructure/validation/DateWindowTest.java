package jp.tokyo.monozukuri.infrastructure.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The program-wide window of dates, by the service's clock (Tokyo). */
class DateWindowTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate PROGRAM_START = LocalDate.of(2012, 4, 1);
    /** 2026-12-04 10:00 in Tokyo. */
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 12, 4).atTime(10, 0).atZone(TOKYO).toInstant(),
            TOKYO);

    private final DateWindow window = new DateWindow(TODAY, PROGRAM_START, Period.ZERO, Period.ofYears(5));

    @Test
    void whatHappenedLiesBetweenTheProgramsStartAndToday() {
        assertThat(window.violation(LocalDate.of(2012, 4, 1), true)).isEmpty();
        assertThat(window.violation(LocalDate.of(2026, 12, 4), true)).isEmpty();
        assertThat(window.violation(LocalDate.of(2012, 3, 31), true)).hasValueSatisfying(
                message -> assertThat(message).contains("2012-04-01"));
        assertThat(window.violation(LocalDate.of(2026, 12, 5), true)).hasValueSatisfying(
                message -> assertThat(message).contains("future"));
    }

    @Test
    void aDateAheadMayBeUpToFiveYearsAfterToday() {
        assertThat(window.violation(LocalDate.of(2031, 12, 4), false)).isEmpty();
        assertThat(window.violation(LocalDate.of(2031, 12, 5), false)).isPresent();
        assertThat(window.violation(LocalDate.of(2012, 3, 31), false)).isPresent();
    }

    @Test
    void theExtremesOfLocalDateAreRefusedAndNullIsLeftToNotNull() {
        assertThat(window.violation(LocalDate.MAX, true)).isPresent();
        assertThat(window.violation(LocalDate.MAX, false)).isPresent();
        assertThat(window.violation(LocalDate.MIN, true)).isPresent();
        assertThat(window.violation(LocalDate.of(-1, 1, 1), false)).isPresent();
        assertThat(window.violation(LocalDate.of(1, 1, 1), true)).isPresent();
        assertThat(window.violation(null, true)).isEmpty();
    }

    @Test
    void aReplayOnAClockSetToItsFirstDayMayBeGivenATolerance() {
        Clock pressRelease = Clock.fixed(LocalDate.of(2014, 3, 13).atTime(9, 0).atZone(TOKYO).toInstant(), TOKYO);
        DateWindow replay = new DateWindow(pressRelease, PROGRAM_START, Period.ofYears(2), Period.ofYears(5));
        assertThat(replay.violation(LocalDate.of(2015, 5, 29), true)).isEmpty();
        assertThat(replay.violation(LocalDate.of(2016, 3, 14), true)).isPresent();
    }

    @Test
    void todayIsTokyosToday() {
        // 2026-12-04 23:30 UTC is already 2026-12-05 in Tokyo
        Clock lateUtc = Clock.fixed(java.time.Instant.parse("2026-12-04T23:30:00Z"), TOKYO);
        DateWindow window = new DateWindow(lateUtc, PROGRAM_START, Period.ZERO, Period.ofYears(5));
        assertThat(window.violation(LocalDate.of(2026, 12, 5), true)).isEmpty();
    }
}
