package jp.tokyo.monozukuri.infrastructure.idempotency;

import java.time.Clock;
import java.util.List;
import jp.tokyo.monozukuri.infrastructure.events.PollingTask;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Idempotency-Key handling for every {@link Idempotent} endpoint of a service. */
@AutoConfiguration
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyConfiguration {

    /**
     * Operational times from the real clock, as for the audit: a scenario clock shifted into 2014 would make MongoDB's
     * TTL index remove every key at once.
     */
    @Bean
    IdempotencyKeys idempotencyKeys(MongoTemplate mongo, IdempotencyProperties properties) {
        return new IdempotencyKeys(mongo, Clock.systemUTC(), properties);
    }

    @Bean
    FilterRegistrationBean<IdempotencyBodyFilter> idempotencyBodyFilter() {
        FilterRegistrationBean<IdempotencyBodyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyBodyFilter());
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    @Bean
    WebMvcConfigurer idempotencyKeyInterceptor(IdempotencyKeys keys) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new IdempotencyInterceptor(keys));
            }
        };
    }

    @Bean
    ExpiredKeyPurge expiredIdempotencyKeyPurge(IdempotencyKeys keys) {
        return new ExpiredKeyPurge(keys);
    }

    /** The local store has no TTL index: expired keys are removed every hour. */
    static class ExpiredKeyPurge implements PollingTask {

        private final IdempotencyKeys keys;

        ExpiredKeyPurge(IdempotencyKeys keys) {
            this.keys = keys;
        }

        @Scheduled(fixedDelayString = "${idempotency.purge-interval:PT1H}", initialDelayString = "PT1M")
        void purge() {
            keys.purgeExpired();
        }
    }

}
