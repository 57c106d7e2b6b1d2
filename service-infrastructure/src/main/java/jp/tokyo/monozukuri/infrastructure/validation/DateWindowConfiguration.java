package jp.tokyo.monozukuri.infrastructure.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The plausible window of dates every service checks its requests' dates against. */
@AutoConfiguration(afterName = "jp.tokyo.monozukuri.infrastructure.ServiceInfrastructureConfiguration")
public class DateWindowConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DateWindow dateWindow(Clock clock, @Value("${dates.program-start:2012-04-01}") LocalDate programStart,
            @Value("${dates.future-tolerance:P0D}") Period futureTolerance,
            @Value("${dates.years-ahead:P5Y}") Period yearsAhead) {
        return new DateWindow(clock, programStart, futureTolerance, yearsAhead);
    }
}
