package jp.tokyo.monozukuri.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void theWaitDoublesAfterEachFailedAttemptUpToTheMaximum() {
        // given
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(5));

        // when / then
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(schedule.delayAfter(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(schedule.delayAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(schedule.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aMaximumBelowTheFirstWaitIsRefused() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(5), Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
