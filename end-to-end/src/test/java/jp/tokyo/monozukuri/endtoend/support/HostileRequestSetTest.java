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
    void fiveHundredRequestsInTenKindsEachAimedAtARunningService() {
        HostileRequests.Targets targets = new HostileRequests.Targets("131016", "plan-a", "review-a", "grant-plan-a",
                "notice-a", 2041, "131024", List.of("131024", "131032", "131041", "131059", "131067", "131075",
                "131083", "131105", "131113", "131121"));

        List<HostileRequests.Hostile> requests = HostileRequests.build(StackEndpoints.withPortsOffset(200),
                actor -> "Bearer token-of-" + actor.subject(), targets);

        assertThat(requests).hasSize(HostileRequests.COUNT);
        Map<String, Integer> kinds = new TreeMap<>();
        requests.forEach(request -> kinds.merge(request.category(), 1, Integer::sum));
        assertThat(kinds).containsOnlyKeys("no token", "forged token", "wrong role", "other municipality's id",
                "wrong type", "huge body", "unknown field", "bad code", "injection", "method or media type",
                "step out of order", "role mix", "separation of duties", "withdrawal of a decided plan");
        assertThat(requests).allSatisfy(request -> assertThat(request.service().getPort()).isBetween(8281, 8284));
    }
}
