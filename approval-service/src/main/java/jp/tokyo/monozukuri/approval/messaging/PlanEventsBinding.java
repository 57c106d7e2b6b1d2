package jp.tokyo.monozukuri.approval.messaging;

import java.util.function.Consumer;
import jp.tokyo.monozukuri.approval.application.ReviewIntake;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.contracts.plan.PlanWithdrawalRequested;
import jp.tokyo.monozukuri.contracts.plan.PlanWithdrawn;
import jp.tokyo.monozukuri.infrastructure.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The input binding {@code planEvents-in-0} on {@code plan-events} (consumer group {@code approval-service}):
 * submissions open reviews, withdrawal requests are accepted or refused by them; other plan events are not approval-service's business.
 */
@Configuration(proxyBeanMethods = false)
class PlanEventsBinding {

    @Bean
    Consumer<Message<byte[]>> planEvents(ReviewIntake intake) {
        return InboundEvents.builder()
                .on(EventTypes.PLAN_SUBMITTED, PlanSubmitted.class, intake::receive)
                .on(EventTypes.PLAN_WITHDRAWN, PlanWithdrawn.class, intake::withdraw)
                .on(EventTypes.PLAN_WITHDRAWAL_REQUESTED, PlanWithdrawalRequested.class, intake::requestWithdrawal)
                .build();
    }
}
