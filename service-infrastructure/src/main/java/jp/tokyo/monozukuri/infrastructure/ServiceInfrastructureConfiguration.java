package jp.tokyo.monozukuri.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.observation.ObservationPredicate;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.infrastructure.audit.AuditController;
import jp.tokyo.monozukuri.infrastructure.audit.EventAudit;
import jp.tokyo.monozukuri.infrastructure.events.PollingTask;
import jp.tokyo.monozukuri.infrastructure.events.TraceSpans;
import jp.tokyo.monozukuri.infrastructure.metrics.DeadLetterMetrics;
import jp.tokyo.monozukuri.infrastructure.metrics.OutboxMetrics;
import jp.tokyo.monozukuri.infrastructure.metrics.ReadinessMetrics;
import jp.tokyo.monozukuri.infrastructure.metrics.StoreGauge;
import jp.tokyo.monozukuri.infrastructure.metrics.StoreGauges;
import jp.tokyo.monozukuri.infrastructure.health.StoreHealthIndicator;
import jp.tokyo.monozukuri.infrastructure.messaging.InboundEvents;
import jp.tokyo.monozukuri.infrastructure.messaging.OnlyOnce;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxProperties;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxRelay;
import jp.tokyo.monozukuri.infrastructure.problem.ProblemHandler;
import jp.tokyo.monozukuri.infrastructure.security.CallerArgumentResolver;
import jp.tokyo.monozukuri.infrastructure.web.ProblemErrorController;
import jp.tokyo.monozukuri.infrastructure.web.ProblemErrorReportValve;
import jp.tokyo.monozukuri.infrastructure.web.StrictJson;
import jp.tokyo.monozukuri.infrastructure.web.TraceContextFilter;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What every service gets by depending on this module. */
@AutoConfiguration(afterName = "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
        beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
public class ServiceInfrastructureConfiguration {

    /**
     * Tokyo time; tests replace this bean with a fixed clock. {@code clock.offset} (an ISO-8601 duration, default
     * none) shifts it so that a running system can replay a historic scenario, e.g. the approvals of 2014-03-13 in
     * the local stack's {@code --clock}; the shifted clock still runs, so leases and retry delays keep working.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${clock.offset:PT0S}") Duration offset) {
        return shifted(Clock.system(ZoneId.of("Asia/Tokyo")), offset);
    }

    static Clock shifted(Clock clock, Duration offset) {
        return offset.isZero() ? clock : Clock.offset(clock, offset);
    }

    @Bean
    @ConditionalOnProperty(name = "outbox.enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(MongoTemplate mongo, StreamBridge streamBridge, OutboxProperties properties, Clock clock,
            TraceSpans traceSpans, EventAudit eventAudit) {
        return new OutboxRelay(mongo, streamBridge, properties, clock, traceSpans, eventAudit);
    }

    @Bean
    TraceSpans traceSpans(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer available = tracer.getIfAvailable();
        return available == null ? TraceSpans.untraced()
                : new TraceSpans(available, propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    /** Pollers' runs are not traced (PollingTask); every other scheduled job still is. */
    @Bean
    ObservationPredicate pollersAreNotObserved() {
        return (name, context) -> !(context instanceof ScheduledTaskObservationContext task
                && PollingTask.class.isAssignableFrom(task.getTargetClass()));
    }

    /**
     * With observation on, Kafka templates time their sends as observations ({@code spring.kafka.template} with the
     * messaging tags); the template's older, unobserved timer of the same name would be registered first with other
     * tag keys and make Prometheus refuse the observed one.
     */
    @Bean
    MeterFilter unobservedKafkaTemplateTimers() {
        return MeterFilter.deny(id -> id.getName().equals("spring.kafka.template") && id.getTag("name") != null);
    }

    /** Operational times from the real clock: a shifted scenario clock would make the retention expire them at once. */
    @Bean
    EventAudit eventAudit(MongoTemplate mongo, Environment environment) {
        return new EventAudit(mongo, Clock.systemUTC(), environment.getProperty("audit.retention", Duration.class,
                Duration.ofDays(400)));
    }

    @Bean
    AuditController auditController(EventAudit eventAudit, Environment environment) {
        return new AuditController(eventAudit, environment.getProperty("spring.application.name", "service"));
    }

    /** Every consumer built with InboundEvents reports the events it handled to the audit. */
    @Bean
    static BeanPostProcessor inboundEventsAudit(ObjectProvider<EventAudit> eventAudit) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof InboundEvents inbound) {
                    inbound.reportTo(eventAudit.getObject());
                }
                return bean;
            }
        };
    }

    @Bean
    StoreGauges storeGauges(ObjectProvider<StoreGauge> gauges, MeterRegistry registry) {
        return new StoreGauges(gauges.orderedStream().toList(), registry);
    }

    @Bean
    @ConditionalOnBean(HealthEndpoint.class)
    ReadinessMetrics readinessMetrics(HealthEndpoint health, MeterRegistry registry) {
        return new ReadinessMetrics(health, registry);
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
        // The binder's client properties (TLS, certificates): the brokers may admit authenticated clients only.
        Map<String, String> clientConfiguration = binder.bind("spring.cloud.stream.kafka.binder.configuration",
                Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        return new DeadLetterMetrics(topics, brokers, clientConfiguration, registry);
    }

    record KafkaBinding(KafkaConsumer consumer) {
    }

    record KafkaConsumer(String dlqName) {
    }

    @Bean
    OnlyOnce onlyOnce(MongoTemplate mongo) {
        return new OnlyOnce(mongo);
    }

    /** Request bodies are read strictly (StrictJson): no coerced numbers or strings, no duplicate keys. */
    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return StrictJson::apply;
    }

    /** Errors answered outside Spring MVC are problems too: the error page, and what Tomcat refuses itself. */
    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
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
        // Inside Boot's HTTP observation filter (HIGHEST_PRECEDENCE + 1), whose span it reads.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
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
