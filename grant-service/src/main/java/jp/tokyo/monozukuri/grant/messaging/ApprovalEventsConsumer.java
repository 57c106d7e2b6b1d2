package jp.tokyo.monozukuri.grant.messaging;

import java.util.function.Consumer;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.PlanApproved;
import jp.tokyo.monozukuri.grant.application.GrantOpening;
import jp.tokyo.monozukuri.infrastructure.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * What grant-service hears on {@code approval-events}: an approved plan opens its grant. Other approval events
 * are no concern of grants and are skipped.
 */
@Configuration(proxyBeanMethods = false)
public class ApprovalEventsConsumer {

    /** Bound as {@code approvalEvents-in-0}, consumer group {@code grant-service}. */
    @Bean
    Consumer<Message<byte[]>> approvalEvents(GrantOpening opening) {
        return InboundEvents.builder()
                .on(EventTypes.PLAN_APPROVED, PlanApproved.class, opening::planApproved)
                .build();
    }
}
