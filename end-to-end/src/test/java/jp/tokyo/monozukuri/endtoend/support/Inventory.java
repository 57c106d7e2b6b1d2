package jp.tokyo.monozukuri.endtoend.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.tokyo.monozukuri.localstack.scenario.Actor;
import jp.tokyo.monozukuri.localstack.scenario.StackApi;
import tools.jackson.databind.JsonNode;

/**
 * Everything the four services hold, read through their APIs as Tokyo's ADMIN: the plans, reviews, rounds, grants,
 * budget resolutions, notices and press releases. A {@link #snapshot()} is what "no change of state" compares.
 */
public final class Inventory {

    public static final Actor AUDITOR = Actor.admin("e2e-auditor");
    private static final int PAGE_SIZE = 100;

    private final StackApi api;

    public Inventory(StackApi api) {
        this.api = api;
    }

    /** Every item of a paged list ({@code items, page, size, totalItems, totalPages}). */
    public List<JsonNode> all(URI service, String path) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode body = api.read(service, path + separator + "page=" + page + "&size=" + PAGE_SIZE, AUDITOR);
            body.path("items").forEach(items::add);
            if (page + 1 >= body.path("totalPages").asInt()) {
                return items;
            }
        }
    }

    public List<JsonNode> plans() {
        return all(api.endpoints().plan(), "/api/plans");
    }

    public List<JsonNode> reviews() {
        return all(api.endpoints().approval(), "/api/reviews");
    }

    public List<JsonNode> grants() {
        return all(api.endpoints().grant(), "/api/grants");
    }

    public List<JsonNode> notices() {
        return all(api.endpoints().notification(), "/api/notifications");
    }

    public List<JsonNode> noticesOf(String municipalityCode) {
        return all(api.endpoints().notification(), "/api/notifications?municipalityCode=" + municipalityCode);
    }

    /**
     * The state of the whole system as its APIs show it, keyed by what each entry is ("plan 1234", "notice …"):
     * two snapshots are equal when nothing was created, changed or removed in between.
     */
    public Map<String, String> snapshot() {
        Map<String, String> state = new TreeMap<>();
        for (JsonNode plan : plans()) {
            String id = plan.path("id").asString();
            state.put("plan " + id, api.read(api.endpoints().plan(), "/api/plans/" + id, AUDITOR).toString());
        }
        for (JsonNode review : reviews()) {
            String id = review.path("id").asString();
            state.put("review " + id, api.read(api.endpoints().approval(), "/api/reviews/" + id, AUDITOR).toString());
        }
        all(api.endpoints().approval(), "/api/approval-rounds")
                .forEach(round -> state.put("round " + round.path("id").asString(), round.toString()));
        grants().forEach(grant -> state.put("grant " + grant.path("id").asString(), grant.toString()));
        Set<Integer> fiscalYears = new TreeSet<>();
        grants().forEach(grant -> grant.path("years").forEach(year -> fiscalYears.add(year.path("fiscalYear").asInt())));
        for (int fiscalYear : fiscalYears) {
            state.put("budget resolutions FY" + fiscalYear, api.get(api.endpoints().grant(),
                    "/api/budget-resolutions?fiscalYear=" + fiscalYear, AUDITOR).expect(200).body());
        }
        notices().forEach(notice -> state.put("notice " + notice.path("id").asString(), notice.toString()));
        all(api.endpoints().notification(), "/api/press-releases")
                .forEach(release -> state.put("press release " + release.path("id").asString(), release.toString()));
        return state;
    }

    /** What differs between two snapshots, one line per entry, for a failure message. */
    public static List<String> differences(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<String> differences = new ArrayList<>();
        for (String key : keys) {
            String was = before.get(key);
            String is = after.get(key);
            if (was == null) {
                differences.add("new: " + key + " " + is);
            } else if (is == null) {
                differences.add("gone: " + key);
            } else if (!was.equals(is)) {
                differences.add("changed: " + key + "\n  before " + was + "\n  after  " + is);
            }
        }
        return differences;
    }
}
