package jp.tokyo.monozukuri.approval.persistence;

import java.util.Arrays;
import jp.tokyo.monozukuri.approval.domain.DecisionKind;
import jp.tokyo.monozukuri.approval.domain.ReviewStatus;
import jp.tokyo.monozukuri.infrastructure.metrics.StoreGauge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The reviews and decisions operators watch, sampled from the store (service-infrastructure's StoreGauges). */
@Configuration(proxyBeanMethods = false)
class ApprovalMetrics {

    /** {@code reviews{status}}: how many reviews are in each status, every status answered. */
    @Bean
    StoreGauge reviewsByStatus(MongoTemplate mongo) {
        return StoreGauge.countBy("reviews", "審査 (reviews) by status", mongo, ReviewDocument.COLLECTION, "status",
                "status", Arrays.stream(ReviewStatus.values()).map(Enum::name).toList());
    }

    /** {@code approval.decisions{kind}}: the approvers' decisions taken so far, approvals and rejections. */
    @Bean
    StoreGauge decisionsByKind(MongoTemplate mongo) {
        return StoreGauge.countBy("approval.decisions", "承認・不承認 (decisions) taken, by kind", mongo,
                ReviewDocument.COLLECTION, "decision.kind", "kind",
                Arrays.stream(DecisionKind.values()).map(Enum::name).toList());
    }
}
