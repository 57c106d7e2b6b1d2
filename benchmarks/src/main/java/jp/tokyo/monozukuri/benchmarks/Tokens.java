package jp.tokyo.monozukuri.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens from the stack's development issuer, one per role and person, cached for the run (they last
 * eight hours). The reviewer who recommends and the approver who decides are different people: four eyes.
 */
final class Tokens {

    static final String REVIEWER = "bench-reviewer-sato";
    static final String APPROVER = "bench-approver-suzuki";

    private final Http http;
    private final String issuer;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Tokens(Http http, StackPorts ports) {
        this.http = http;
        this.issuer = "http://localhost:" + ports.tokenIssuer() + "/token";
    }

    String municipality(String code) {
        return cache.computeIfAbsent("MUNICIPALITY:" + code, key -> issue(Map.of("subject", "bench-officer-" + code,
                "roles", List.of("MUNICIPALITY"), "municipalityCode", code)));
    }

    String reviewer() {
        return cache.computeIfAbsent("REVIEWER", key -> issue(Map.of("subject", REVIEWER, "roles", List.of("REVIEWER"))));
    }

    String approver() {
        return cache.computeIfAbsent("APPROVER", key -> issue(Map.of("subject", APPROVER, "roles", List.of("APPROVER"))));
    }

    String admin() {
        return cache.computeIfAbsent("ADMIN", key -> issue(Map.of("subject", "bench-admin", "roles", List.of("ADMIN"))));
    }

    private String issue(Map<String, Object> request) {
        return http.post(issuer, null, Json.write(request)).expect(200, "token " + request)
                .json().get("access_token").asString();
    }
}
