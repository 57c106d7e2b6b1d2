package jp.tokyo.monozukuri.approval.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import org.junit.jupiter.api.Test;

class AnnouncementWindowTest {

    private static final AnnouncementWindow ONE_YEAR = new AnnouncementWindow(Period.ofYears(1));
    /** 2014-03-12 23:30 UTC is already the 13th in Tokyo. */
    private static final OffsetDateTime MARCH_13_IN_TOKYO = OffsetDateTime.parse("2014-03-12T23:30:00Z");

    @Test
    void todayInTokyoUpToAYearAheadIsInTheWindow() {
        assertThatCode(() -> ONE_YEAR.check(LocalDate.of(2014, 3, 13), MARCH_13_IN_TOKYO)).doesNotThrowAnyException();
        assertThatCode(() -> ONE_YEAR.check(LocalDate.of(2014, 3, 19), MARCH_13_IN_TOKYO)).doesNotThrowAnyException();
        assertThatCode(() -> ONE_YEAR.check(LocalDate.of(2015, 3, 13), MARCH_13_IN_TOKYO)).doesNotThrowAnyException();
    }

    @Test
    void aDateBeforeTodayInTokyoIsRefused() {
        assertThatThrownBy(() -> ONE_YEAR.check(LocalDate.of(2014, 3, 12), MARCH_13_IN_TOKYO))
                .as("the 12th, still today in UTC").isInstanceOf(AnnouncementDateOutOfRangeException.class)
                .hasMessageContaining("before today (2014-03-13)");
    }

    @Test
    void aDateMoreThanTheLeadAheadIsRefused() {
        assertThatThrownBy(() -> ONE_YEAR.check(LocalDate.of(2015, 3, 14), MARCH_13_IN_TOKYO))
                .isInstanceOf(AnnouncementDateOutOfRangeException.class).hasMessageContaining("2015-03-13");
        assertThatThrownBy(() -> ONE_YEAR.check(LocalDate.of(2999, 12, 31), MARCH_13_IN_TOKYO))
                .isInstanceOf(AnnouncementDateOutOfRangeException.class);
        assertThatThrownBy(() -> ONE_YEAR.check(LocalDate.MAX, MARCH_13_IN_TOKYO))
                .isInstanceOf(AnnouncementDateOutOfRangeException.class);
    }

    @Test
    void theLeadMustBePositive() {
        assertThatThrownBy(() -> new AnnouncementWindow(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
