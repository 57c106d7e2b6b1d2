package jp.tokyo.monozukuri.notification.persistence;

import java.util.Arrays;
import jp.tokyo.monozukuri.infrastructure.metrics.StoreGauge;
import jp.tokyo.monozukuri.notification.domain.NoticeStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The notices operators watch, sampled from the store on a schedule (service-infrastructure's StoreGauges). */
@Configuration(proxyBeanMethods = false)
class NoticeMetrics {

    /** {@code notices{status}}: how many notices are PENDING, SENT and FAILED; a FAILED one needs staff. */
    @Bean
    StoreGauge noticesByStatus(MongoTemplate mongo) {
        return StoreGauge.countBy("notices", "通知 (notices) by status", mongo, NoticeDocument.COLLECTION, "status",
                "status", Arrays.stream(NoticeStatus.values()).map(Enum::name).toList());
    }
}
