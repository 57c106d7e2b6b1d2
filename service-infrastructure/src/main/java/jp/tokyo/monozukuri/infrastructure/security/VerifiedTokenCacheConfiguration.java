package jp.tokyo.monozukuri.infrastructure.security;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Wraps the service's {@link JwtDecoder}, however it is configured, in a {@link VerifiedTokenCache}
 * ({@code security.token-cache.max-entries}, default 10,000; 0 turns it off).
 */
@AutoConfiguration
public class VerifiedTokenCacheConfiguration {

    @Bean
    static BeanPostProcessor verifiedTokenCache(Environment environment) {
        int maxEntries = environment.getProperty("security.token-cache.max-entries", Integer.class, 10_000);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (maxEntries > 0 && bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokenCache)) {
                    // the system clock: the decoder's own expiry check reads it too
                    return new VerifiedTokenCache(decoder, maxEntries, Clock.systemUTC());
                }
                return bean;
            }
        };
    }
}
