package jp.tokyo.monozukuri.infrastructure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.infrastructure.events.PollingTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Samples every {@link StoreGauge} of the service from its store on a schedule. */
public class StoreGauges implements PollingTask {

    private static final Logger log = LoggerFactory.getLogger(StoreGauges.class);

    private final Map<StoreGauge, MultiGauge> gauges = new LinkedHashMap<>();

    public StoreGauges(List<StoreGauge> declared, MeterRegistry registry) {
        for (StoreGauge gauge : declared) {
            gauges.put(gauge, MultiGauge.builder(gauge.name()).description(gauge.description())
                    .baseUnit(gauge.baseUnit()).register(registry));
        }
    }

    @Scheduled(fixedDelayString = "${metrics.store-gauges.interval:30s}")
    public void sample() {
        gauges.forEach((gauge, meter) -> {
            try {
                List<MultiGauge.Row<?>> rows = new ArrayList<>();
                for (Map.Entry<Tags, Number> value : gauge.sample().get().entrySet()) {
                    rows.add(MultiGauge.Row.of(value.getKey(), value.getValue()));
                }
                // Overwrite: a tag combination that disappeared (a fiscal year no longer held) is removed.
                meter.register(rows, true);
            } catch (RuntimeException e) {
                log.warn("could not sample {} from the store: {}", gauge.name(), e.toString());
            }
        });
    }
}
