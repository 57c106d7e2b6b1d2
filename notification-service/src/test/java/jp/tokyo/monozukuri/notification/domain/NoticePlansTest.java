package jp.tokyo.monozukuri.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.notification.ContractFixtures;
import org.junit.jupiter.api.Test;

/** Which plan a notice is about decides whether that plan's contact receives it. */
class NoticePlansTest {

    @Test
    void everyEventAboutOnePlanNamesItsPlan() {
        for (String type : List.of(EventTypes.PLAN_SUBMITTED, EventTypes.PLAN_WITHDRAWN, EventTypes.REVIEW_STARTED,
                EventTypes.PLAN_RETURNED, EventTypes.PLAN_APPROVED, EventTypes.PLAN_REJECTED,
                EventTypes.GRANT_OPENED, EventTypes.GRANT_DECIDED, EventTypes.GRANT_PAID,
                EventTypes.GRANT_CONFIRMED)) {
            assertThat(NoticePlans.planOf(ContractFixtures.event(type).payload())).as(type).isPresent()
                    .get().asString().startsWith("plan-");
        }
    }

    @Test
    void aPayloadWithoutAPlanHasNone() {
        assertThat(NoticePlans.planOf("not a record")).isEmpty();
        assertThat(NoticePlans.planOf(null)).isEmpty();
        assertThat(NoticePlans.planOf(ContractFixtures.event(EventTypes.APPROVAL_ROUND_PUBLISHED).payload()))
                .as("a round is about several plans: each of its letters names its own").isEmpty();
    }
}
