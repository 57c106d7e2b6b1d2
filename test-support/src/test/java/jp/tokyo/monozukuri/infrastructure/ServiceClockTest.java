package jp.tokyo.monozukuri.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;

/** The services' clock, shifted by {@code clock.offset} to replay a historic scenario on a running system. */
class ServiceClockTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void anOffsetMovesTheClockToTheDayOfTheHistoricScenarioAndItKeepsRunning() {
        // given a real clock read on 2026-11-28 and the offset the local stack passes for 2014-03-13 09:00
        Instant realNow = ZonedDateTime.of(2026, 11, 28, 19, 35, 0, 0, TOKYO).toInstant();
        Duration offset = Duration.between(realNow, ZonedDateTime.of(2014, 3, 13, 9, 0, 0, 0, TOKYO).toInstant());
        Clock real = Clock.fixed(realNow, TOKYO);

        // when
        Clock shifted = ServiceInfrastructureConfiguration.shifted(real, offset);

        // then decisions taken now are dated 2014-03-13 in Tokyo, and a later reading moves on with the real clock
        assertThat(LocalDate.now(shifted)).isEqualTo(LocalDate.of(2014, 3, 13));
        Clock tenMinutesLater = ServiceInfrastructureConfiguration.shifted(
                Clock.offset(real, Duration.ofMinutes(10)), offset);
        assertThat(Duration.between(shifted.instant(), tenMinutesLater.instant())).isEqualTo(Duration.ofMinutes(10));
        assertThat(shifted.getZone()).isEqualTo(TOKYO);
    }

    @Test
    void withoutAnOffsetTheClockIsTheRealOne() {
        Clock real = Clock.system(TOKYO);

        assertThat(ServiceInfrastructureConfiguration.shifted(real, Duration.ZERO)).isSameAs(real);
    }

    @Test
    void theOffsetIsWrittenAsTheLauncherPassesIt() {
        // the property is bound by Boot's conversion service: ISO-8601, negative for the past
        assertThat(ApplicationConversionService.getSharedInstance().convert("-PT110130H25M", Duration.class))
                .isEqualTo(Duration.ofHours(-110130).minusMinutes(25));
    }
}
