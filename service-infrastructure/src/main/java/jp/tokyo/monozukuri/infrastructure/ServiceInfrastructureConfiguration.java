package jp.tokyo.monozukuri.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.infrastructure.metrics.DeadLetterMetrics;
import jp.tokyo.monozukuri.infrastructure.metrics.OutboxMetrics;
import jp.tokyo.monozukuri.infrastructure.health.StoreHealthIndicator;
import jp.tokyo.monozukuri.infrastructure.messaging.OnlyOnce;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxProperties;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxRelay;
import jp.tokyo.monozukuri.infrastructure.problem.ProblemHandler;
import jp.tokyo.monozukuri.infrastructure.security.CallerArgumentResolver;
import jp.tokyo.monozukuri.infrastructure.web.TraceContextFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What every service gets by depending on this module. */
@AutoConfiguration
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
public class ServiceInfrastructureConfiguration {

    /** Tokyo time; tests and historic scenarios replace this bean with a fixed clock. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Tokyo"));
    }

    @Bean
    @ConditionalOnProperty(name = "outbox.enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(MongoTemplate mongo, StreamBridge streamBridge, OutboxProperties properties, Clock clock) {
        return new OutboxRelay(mongo, streamBridge, properties, clock);
    }

    @Bean
    OutboxMetrics outboxMetrics(MongoTemplate mongo, OutboxProperties properties, Clock clock, MeterRegistry registry) {
        return new OutboxMetrics(mongo, properties, clock, registry);
    }

    /** Watches the dead-letter topic of every consumer binding that names one ({@code dlq-name}). */
    @Bean
    DeadLetterMetrics deadLetterMetrics(Environment environment, MeterRegistry registry) {
        Binder binder = Binder.get(environment);
        List<String> topics = binder.bind("spring.cloud.stream.kafka.bindings",
                        Bindable.mapOf(String.class, KafkaBinding.class))
                .orElse(Map.of()).values().stream()
                .map(binding -> binding.consumer() == null ? null : binding.consumer().dlqName())
                .filter(name -> name != null && !name.isBlank())
                .distinct().sorted().toList();
        String brokers = environment.getProperty("spring.cloud.stream.kafka.binder.brokers", "localhost:9092");
        return new DeadLetterMetrics(topics, brokers, registry);
    }

    record KafkaBinding(KafkaConsumer consumer) {
    }

    record KafkaConsumer(String dlqName) {
    }

    @Bean
    OnlyOnce onlyOnce(MongoTemplate mongo) {
        return new OnlyOnce(mongo);
    }

    @Bean
    ProblemHandler problemHandler() {
        return new ProblemHandler();
    }

    @Bean
    StoreHealthIndicator storeHealthIndicator(MongoTemplate mongo) {
        return new StoreHealthIndicator(mongo);
    }

    @Bean
    FilterRegistrationBean<TraceContextFilter> traceContextFilter() {
        FilterRegistrationBean<TraceContextFilter> registration = new FilterRegistrationBean<>(new TraceContextFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
