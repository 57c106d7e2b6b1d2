package jp.tokyo.monozukuri.plan.persistence;

import java.util.Arrays;
import jp.tokyo.monozukuri.infrastructure.metrics.StoreGauge;
import jp.tokyo.monozukuri.plan.domain.PlanStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The plans operators watch, sampled from the store on a schedule (service-infrastructure's StoreGauges). */
@Configuration(proxyBeanMethods = false)
class PlanMetrics {

    /** {@code plans{status}}: how many plans are in each status, every status answered. */
    @Bean
    StoreGauge plansByStatus(MongoTemplate mongo) {
        return StoreGauge.countBy("plans", "地域産業基盤強化計画 by status", mongo, PlanDocument.COLLECTION, "status",
                "status", Arrays.stream(PlanStatus.values()).map(Enum::name).toList());
    }
}
