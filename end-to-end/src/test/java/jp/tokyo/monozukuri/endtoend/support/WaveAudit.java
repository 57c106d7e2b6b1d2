package jp.tokyo.monozukuri.endtoend.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tokyo.monozukuri.localstack.scenario.StackApi;
import tools.jackson.databind.JsonNode;

/**
 * "Nothing lost, nothing doubled" for a {@link PlanWave}, counted exactly in every service and every mailbox:
 * each expected final state, notice and mail that is missing is one lost; each that exists more than once (and each
 * that should not exist at all) is one doubled.
 */
public final class WaveAudit {

    /** What existed before the wave: notices by id, and how many mails each mailbox held. */
    public record Baseline(Set<String> noticeIds, Map<String, Integer> mailCounts) {

        public static Baseline take(Inventory inventory, Mailboxes mailboxes, Collection<String> addresses) {
            Set<String> notices = inventory.notices().stream().map(n -> n.path("id").asString())
                    .collect(Collectors.toSet());
            Map<String, Integer> mails = new HashMap<>();
            addresses.forEach(address -> mails.put(address, mailboxes.of(address).size()));
            return new Baseline(notices, mails);
        }
    }

    /**
     * @param checked how many final states, notices and mails were expected
     * @param findings one line per thing lost or doubled
     */
    public record Verdict(int lost, int doubled, int checked, int notices, int mails, List<String> findings) {
    }

    private WaveAudit() {
    }

    public static Verdict audit(PlanWave wave, StackApi api, Inventory inventory, Mailboxes mailboxes,
            Baseline before) {
        Tally tally = new Tally();
        for (PlanWave.Member member : wave.members()) {
            String code = member.code();
            List<JsonNode> plans = inventory.all(api.endpoints().plan(), "/api/plans?municipalityCode=" + code).stream()
                    .filter(plan -> plan.path("title").asString().equals(member.title())).toList();
            tally.expectOnce("plan of " + code, plans.size());
            if (plans.isEmpty()) {
                continue;
            }
            String planId = plans.get(0).path("id").asString();
            JsonNode plan = api.read(api.endpoints().plan(), "/api/plans/" + planId, Inventory.AUDITOR);
            tally.expectTrue("plan " + planId + " APPROVED with a document number",
                    plan.path("status").asString().equals("APPROVED")
                            && !plan.path("decision").path("documentNumber").asString("").isEmpty());

            JsonNode reviews = api.read(api.endpoints().approval(), "/api/plans/" + planId + "/reviews",
                    Inventory.AUDITOR);
            tally.expectOnce("review of plan " + planId, reviews.size());
            tally.expectTrue("review of plan " + planId + " APPROVED",
                    reviews.size() > 0 && reviews.path(reviews.size() - 1).path("status").asString().equals("APPROVED"));

            List<JsonNode> grants = inventory.all(api.endpoints().grant(), "/api/grants?municipalityCode=" + code)
                    .stream().filter(grant -> grant.path("planId").asString().equals(planId)).toList();
            tally.expectOnce("grant of plan " + planId, grants.size());
            tally.expectTrue("grant of plan " + planId + " with three fiscal years",
                    !grants.isEmpty() && grants.get(0).path("years").size() == 3);
        }

        Set<String> codes = wave.members().stream().map(PlanWave.Member::code).collect(Collectors.toSet());
        List<JsonNode> fresh = inventory.notices().stream()
                .filter(notice -> !before.noticeIds().contains(notice.path("id").asString())).toList();
        Map<String, Set<String>> expectedMail = new HashMap<>();
        for (JsonNode notice : fresh) {
            String code = notice.path("municipalityCode").asString();
            if (!codes.contains(code)) {
                tally.doubled("notice outside the wave: " + notice);
            } else {
                tally.expectTrue("notice " + notice.path("id").asString() + " SENT",
                        notice.path("status").asString().equals("SENT"));
                expectedMail.computeIfAbsent(notice.path("recipient").asString(), r -> new HashSet<>())
                        .add(notice.path("id").asString());
            }
        }
        for (PlanWave.Member member : wave.members()) {
            for (String type : PlanWave.NOTICE_EVENTS) {
                long count = fresh.stream().filter(n -> n.path("municipalityCode").asString().equals(member.code())
                        && n.path("eventType").asString().equals(type)).count();
                tally.expectOnce(type + " notice of " + member.code(), (int) count);
            }
        }

        int mails = 0;
        for (PlanWave.Member member : wave.members()) {
            List<Mailboxes.Mail> all = mailboxes.of(member.mailbox());
            List<Mailboxes.Mail> received = all.subList(Math.min(all.size(),
                    before.mailCounts().getOrDefault(member.mailbox(), 0)), all.size());
            mails += received.size();
            Set<String> expected = expectedMail.getOrDefault(member.mailbox(), Set.of());
            Map<String, Long> byNotice = received.stream()
                    .collect(Collectors.groupingBy(mail -> String.valueOf(mail.noticeId()), Collectors.counting()));
            for (String noticeId : expected) {
                tally.expectOnce("mail of notice " + noticeId + " in " + member.mailbox(),
                        byNotice.getOrDefault(noticeId, 0L).intValue());
            }
            byNotice.keySet().stream().filter(id -> !expected.contains(id))
                    .forEach(id -> tally.doubled("mail of an unexpected notice " + id + " in " + member.mailbox()));
        }
        return new Verdict(tally.lost, tally.doubled, tally.checked, fresh.size(), mails, tally.findings);
    }

    /**
     * Document numbers of approvals, across everything decided so far: per series ({@code 25産労商地}) the numbers
     * must run 1, 2, 3 … without a gap (one lost per missing number) or a repeat (one doubled per repeat).
     */
    public static Verdict documentNumbers(List<JsonNode> reviews) {
        Tally tally = new Tally();
        Map<String, List<Integer>> series = new HashMap<>();
        for (JsonNode review : reviews) {
            String number = review.path("documentNumber").asString("");
            int at = number.lastIndexOf('第');
            if (at > 0 && number.endsWith("号")) {
                series.computeIfAbsent(number.substring(0, at), s -> new ArrayList<>())
                        .add(Integer.parseInt(number.substring(at + 1, number.length() - 1)));
            }
        }
        series.forEach((prefix, numbers) -> {
            int highest = numbers.stream().mapToInt(Integer::intValue).max().orElse(0);
            for (int n = 1; n <= highest; n++) {
                int wanted = n;
                tally.expectOnce(prefix + "第" + n + "号", (int) numbers.stream().filter(x -> x == wanted).count());
            }
        });
        return new Verdict(tally.lost, tally.doubled, tally.checked, 0, 0, tally.findings);
    }

    /** Counts as it checks; every anomaly also becomes a line for the failure message. */
    private static final class Tally {
        int lost;
        int doubled;
        int checked;
        final List<String> findings = new ArrayList<>();

        void expectOnce(String what, int count) {
            checked++;
            if (count == 0) {
                lost++;
                findings.add("lost: " + what);
            } else if (count > 1) {
                doubled += count - 1;
                findings.add("doubled (" + count + "×): " + what);
            }
        }

        void expectTrue(String what, boolean holds) {
            checked++;
            if (!holds) {
                lost++;
                findings.add("lost: " + what);
            }
        }

        void doubled(String what) {
            doubled++;
            findings.add("doubled: " + what);
        }
    }
}
