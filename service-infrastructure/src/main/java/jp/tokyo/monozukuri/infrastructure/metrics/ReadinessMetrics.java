package jp.tokyo.monozukuri.infrastructure.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import jp.tokyo.monozukuri.infrastructure.events.PollingTask;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * {@code service.ready}: 1 while the readiness group (readiness state and store; the Kafka binder is the group `kafka`) is UP, else 0; the same
 * verdict as the readiness probe, kept as a metric so that a replica that stays unready raises an alert.
 */
public class ReadinessMetrics implements PollingTask {

    private final HealthEndpoint health;
    private final AtomicInteger ready = new AtomicInteger();

    public ReadinessMetrics(HealthEndpoint health, MeterRegistry registry) {
        this.health = health;
        Gauge.builder("service.ready", ready, AtomicInteger::get)
                .description("1 while this replica is ready (readiness state and store UP), else 0")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${metrics.readiness-interval:15s}")
    public void sample() {
        HealthDescriptor readiness = health.healthForPath("readiness");
        ready.set(readiness != null && Status.UP.equals(readiness.getStatus()) ? 1 : 0);
    }
}
