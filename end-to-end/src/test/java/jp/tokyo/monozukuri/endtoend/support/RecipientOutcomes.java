package jp.tokyo.monozukuri.endtoend.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.localstack.scenario.Actor;
import jp.tokyo.monozukuri.localstack.scenario.StackApi;
import tools.jackson.databind.JsonNode;

/**
 * The hostile moves that are not single refused requests but legitimate-looking steps whose outcome must be
 * harmless: a municipality submitting plans whose contact is an outside mailbox or another municipality's, and Tokyo
 * publishing a round announced days ahead. Prepared before the hostile requests (they are part of the state that
 * must not change); what they led to is checked afterwards.
 *
 * @param codeA            the municipality whose plans name hostile contacts
 * @param codeB            the municipality whose mailbox one of them names
 * @param standing         the one recipient staff set for A while the plans went through
 * @param outsideContact   the contact of A's first plan: an outside mailbox
 * @param foreignContact   the contact of A's second plan: B's mailbox
 * @param hostilePlans     the two plans
 * @param hostileNotices   the notices A's two plans caused (receipt and review start of each)
 * @param embargoedRound   the round announced on {@link #EMBARGO_DATE}, published on the stack's 2014-03-13
 * @param embargoedCode    the municipality it announces
 */
public record RecipientOutcomes(String codeA, String codeB, String standing, String outsideContact,
        String foreignContact, List<String> hostilePlans, List<JsonNode> hostileNotices, String embargoedRound, String embargoedCode) {

    /** Six days after the stack's clock (2014-03-13): under embargo for the whole suite. */
    public static final String EMBARGO_DATE = "2014-03-19";
    /** 2014-03-19 00:00 in Tokyo. */
    public static final String EMBARGO_ENDS = "2014-03-18T15:00:00Z";

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Actor REVIEWER = Actor.reviewer("e2e-recipients-reviewer");
    private static final Actor APPROVER = Actor.approver("e2e-recipients-approver");

    /**
     * A (the wave's first member) submits two plans with hostile contacts, their reviews start, with one approved
     * recipient on A's standing list meanwhile (so that each event's notices are there to look at); then staff
     * empty the list again, as the waves after this one expect. The wave's {@code announced} member's plan is put in
     * a round announced six days ahead and published.
     */
    public static RecipientOutcomes prepare(StackApi api, Inventory inventory, String codeA, String codeB,
            String announcedCode, String announcedPlanId) {
        Actor officer = Actor.municipality(codeA, "e2e-officer-" + codeA);
        String standing = "koho@m" + codeA + ".monozukuri.example.jp";
        String outside = "collector-" + codeA + "@attacker.example";
        String foreign = PlanWave.mailboxOf(codeB);
        String recipients = "/api/recipients/" + codeA;
        api.put(api.endpoints().notification(), recipients, Inventory.AUDITOR, Map.of("addresses", List.of(standing)),
                null).expect(200);
        Set<String> before = inventory.noticesOf(codeA).stream().map(n -> n.path("id").asString())
                .collect(Collectors.toSet());

        List<String> plans = List.of(submitted(api, officer, codeA, outside, 2044),
                submitted(api, officer, codeA, foreign, 2047));
        awaitNotices(inventory, codeA, before, 2);
        for (String plan : plans) {
            JsonNode chain = StackApi.await("the review of " + plan, PATIENCE, () -> {
                JsonNode reviews = api.read(api.endpoints().approval(), "/api/plans/" + plan + "/reviews", REVIEWER);
                return reviews.size() > 0 ? Optional.of(reviews) : Optional.empty();
            });
            api.post(api.endpoints().approval(), "/api/reviews/" + chain.path(0).path("id").asString() + "/start",
                    REVIEWER, null).expect(200);
        }
        List<JsonNode> notices = awaitNotices(inventory, codeA, before, 4);
        api.put(api.endpoints().notification(), recipients, Inventory.AUDITOR, Map.of("addresses", List.of()), null)
                .expect(200);

        JsonNode chain = api.read(api.endpoints().approval(), "/api/plans/" + announcedPlanId + "/reviews", REVIEWER);
        String review = chain.path(chain.size() - 1).path("id").asString();
        String round = api.post(api.endpoints().approval(), "/api/approval-rounds", APPROVER,
                Map.of("announcementDate", EMBARGO_DATE, "reviewIds", List.of(review))).expect(201).json()
                .path("id").asString();
        api.post(api.endpoints().approval(), "/api/approval-rounds/" + round + "/publish", APPROVER, null).expect(200);
        StackApi.await("the embargoed round's notices recorded", PATIENCE, () -> inventory.noticesOf(announcedCode)
                .stream().anyMatch(n -> n.path("eventType").asString().equals(EventTypes.APPROVAL_ROUND_PUBLISHED)
                        && n.path("notBefore").asString().equals(EMBARGO_ENDS)) ? Optional.of(true) : Optional.empty());
        return new RecipientOutcomes(codeA, codeB, standing, outside, foreign, plans, notices, round, announcedCode);
    }

    /** A notice that is waiting for its announcement's date, never tried: as settled as a SENT one. */
    public static boolean settled(JsonNode notice) {
        String status = notice.path("status").asString();
        return status.equals("SENT") || status.equals("PENDING") && notice.hasNonNull("notBefore")
                && notice.path("attempts").asInt() == 0;
    }

    private static String submitted(StackApi api, Actor officer, String code, String contact, int startFiscalYear) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("municipalityCode", code);
        request.put("title", "通知先試験計画(" + startFiscalYear + ")");
        request.put("startFiscalYear", startFiscalYear);
        request.put("endFiscalYear", startFiscalYear + 2);
        request.put("summary", "担当者の連絡先が承認されていない計画");
        List<Map<String, Object>> costs = new ArrayList<>();
        for (int year = startFiscalYear; year < startFiscalYear + 3; year++) {
            costs.add(Map.of("fiscalYear", year, "amountYen", 10_000_000L));
        }
        request.put("measures", List.of(Map.of("title", "企業立地の促進", "projects", List.of(
                Map.of("name", "立地奨励金の交付", "plannedCosts", costs)))));
        request.put("figures", List.of());
        request.put("contact", Map.of("department", "産業振興課", "person", "担当", "email", contact,
                "phone", "03-5320-4748"));
        String id = api.post(api.endpoints().plan(), "/api/plans", officer, request).expect(201).json().path("id")
                .asString();
        api.post(api.endpoints().plan(), "/api/plans/" + id + "/submit", officer, null).expect(200);
        return id;
    }

    private static List<JsonNode> awaitNotices(Inventory inventory, String code, Set<String> before, int count) {
        return StackApi.await(count + " new notices of " + code + " sent", PATIENCE, () -> {
            List<JsonNode> fresh = inventory.noticesOf(code).stream()
                    .filter(n -> !before.contains(n.path("id").asString())).toList();
            return fresh.size() >= count && fresh.stream().allMatch(n -> n.path("status").asString().equals("SENT"))
                    ? Optional.of(fresh) : Optional.empty();
        });
    }
}
