package jp.tokyo.monozukuri.endtoend.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.tokyo.monozukuri.localstack.StackEndpoints;
import org.junit.jupiter.api.Test;

/** The hostile set itself, built without a stack: what HostileRequestsTest sends, in its proportions. */
class HostileRequestSetTest {

    @Test
    void atLeastFiveHundredRequestsOfEveryKindEachAimedAtARunningService() {
        HostileRequests.Targets targets = new HostileRequests.Targets("131016", "plan-a", "review-a", "grant-plan-a",
                "notice-a", 2041, "131024", List.of("131024", "131032", "131041", "131059", "131067", "131075",
                "131083", "131105", "131113", "131121"));

        List<HostileRequests.Hostile> requests = HostileRequests.build(StackEndpoints.withPortsOffset(200),
                actor -> "Bearer token-of-" + actor.subject(), targets);

        assertThat(requests).hasSizeGreaterThanOrEqualTo(HostileRequests.AT_LEAST);
        Map<String, Integer> kinds = new TreeMap<>();
        requests.forEach(request -> kinds.merge(request.category(), 1, Integer::sum));
        assertThat(kinds).containsKeys("no token", "forged token", "wrong role", "other municipality's id",
                "wrong type", "huge body", "unknown field", "bad code", "injection", "method or media type",
                "step out of order", "recipient not approved", "too many recipients",
                "announcement date out of window", "date in every field", "retry and idempotency key",
                "coerced value or duplicate key", "control character", "paging overflow",
                "role mix", "token claims", "forged Host", "refused by Tomcat", "management on the portal port",
                "mixed roles acting", "separation of duties", "withdrawal of a decided plan");
        assertThat(kinds).containsEntry("paging overflow", 12).containsEntry("role mix", 24)
                .containsEntry("token claims", 32).containsEntry("refused by Tomcat", 16);
        assertThat(kinds.get("control character")).isGreaterThan(200);
        assertThat(requests).allSatisfy(request -> assertThat(request.service().getPort()).isBetween(8281, 8284));
    }
}
