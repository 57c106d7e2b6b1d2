package jp.tokyo.monozukuri.endtoend.support;

import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.localstack.scenario.Actor;
import jp.tokyo.monozukuri.localstack.scenario.ApiResponse;
import jp.tokyo.monozukuri.localstack.scenario.StackApi;
import tools.jackson.databind.JsonNode;

/**
 * Plans flowing through the whole system while something fails: one plan for each of up to 58 municipalities
 * (Tokyo's 62 less the four of 2014-03-13), each submitted, reviewed, recommended and approved through the APIs, as
 * portals would drive them — and, as portals must, retrying what failed: a step whose answer was lost is read back
 * before it is tried again. Each municipality's notices go to one mailbox of its own,
 * {@code e2e-<code>@monozukuri.example.jp}, the same in every wave.
 *
 * <p>When every plan is approved, the expected end state is exact: each plan APPROVED with a document number, one
 * review, one grant of three years; per municipality one notice (and one mail) for each of {@link #NOTICE_EVENTS}.
 */
public final class PlanWave {

    /** The events of one plan's way that a municipality hears of (no budget is recorded for the waves' years). */
    public static final List<String> NOTICE_EVENTS = List.of(EventTypes.PLAN_SUBMITTED, EventTypes.REVIEW_STARTED,
            EventTypes.PLAN_APPROVED, EventTypes.GRANT_OPENED);
    public static final int MAX_SIZE = 58;
    private static final Actor REVIEWER = Actor.reviewer("e2e-reviewer");
    private static final Actor APPROVER = Actor.approver("e2e-approver");
    private static final Duration ROUND_PAUSE = Duration.ofMillis(300);
    private static final Duration DOWN_PAUSE = Duration.ofSeconds(2);

    /** One municipality's plan in the wave. */
    public record Member(Municipality municipality, String title, String mailbox) {

        public String code() {
            return municipality.code();
        }

        Actor officer() {
            return Actor.municipality(code(), "e2e-officer-" + code());
        }
    }

    /** What a member's plan has come to, as far as the driver knows. */
    private static final class Progress {
        String planId;
        boolean createAttempted;
        boolean submitted;
        boolean approved;
    }

    private final StackApi api;
    private final String label;
    private final int startFiscalYear;
    private final List<Member> members;
    private final Map<String, Progress> progress = new LinkedHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger submitted = new AtomicInteger();
    private final List<String> serverErrorLines = new ArrayList<>();

    /**
     * @param label           names the wave in every title, e.g. "障害試験 SIGKILL"
     * @param startFiscalYear first year of every plan's period; a wave of its own, so that no plan overlaps another
     */
    public PlanWave(StackApi api, String label, int startFiscalYear, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("a wave has 1 to " + MAX_SIZE + " plans");
        }
        this.api = api;
        this.label = label;
        this.startFiscalYear = startFiscalYear;
        Set<String> scenario = Set.of("131091", "131237", "132012", "132047");
        this.members = Municipalities.tokyo().stream().filter(m -> !scenario.contains(m.code())).limit(size)
                .map(m -> new Member(m, m.name() + "ものづくり産業基盤強化計画(" + label + ")", mailboxOf(m.code())))
                .toList();
        members.forEach(member -> progress.put(member.code(), new Progress()));
    }

    public static String mailboxOf(String municipalityCode) {
        return "e2e-" + municipalityCode + "@monozukuri.example.jp";
    }

    public List<Member> members() {
        return members;
    }

    public int size() {
        return members.size();
    }

    public String label() {
        return label;
    }

    /** Requests answered, whatever the answer. */
    public int requests() {
        return requests.get();
    }

    public int serverErrors() {
        return serverErrors.get();
    }

    public List<String> serverErrorLines() {
        synchronized (serverErrorLines) {
            return List.copyOf(serverErrorLines);
        }
    }

    /** Requests that found the service unreachable (connection refused or broken): retried, not failures. */
    public int unavailable() {
        return unavailable.get();
    }

    /** How many plans have been submitted so far: the moment to strike is "in the middle". */
    public int submitted() {
        return submitted.get();
    }

    public Optional<String> planIdOf(String municipalityCode) {
        return Optional.ofNullable(progress.get(municipalityCode).planId);
    }

    /** Steps every plan until all are approved; every round moves each plan by at most one step. */
    public void driveToApproval(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (progress.values().stream().anyMatch(p -> !p.approved)) {
            if (Instant.now().isAfter(deadline)) {
                long waiting = progress.values().stream().filter(p -> !p.approved).count();
                throw new IllegalStateException(waiting + " plans of wave " + label + " not approved within " + timeout
                        + " (" + serverErrors + " 5xx, " + unavailable + " unreachable)");
            }
            boolean anUnreachableService = false;
            for (Member member : members) {
                Progress plan = progress.get(member.code());
                if (!plan.approved) {
                    try {
                        step(member, plan);
                    } catch (UncheckedIOException unreachable) {
                        unavailable.incrementAndGet();
                        anUnreachableService = true;
                    }
                }
            }
            // a portal retrying a service that is down waits a little longer
            pause(anUnreachableService ? DOWN_PAUSE : ROUND_PAUSE);
        }
    }

    private void step(Member member, Progress plan) {
        URI plans = api.endpoints().plan();
        if (plan.planId == null) {
            if (plan.createAttempted) {
                String found = lookUp(member);
                if (found == null) {
                    return;
                }
                if (!found.isEmpty()) {
                    plan.planId = found;
                }
            }
            if (plan.planId == null) {
                plan.createAttempted = true;
                plan.planId = created(member);
                return;
            }
        }
        if (!plan.submitted) {
            ApiResponse current = call(() -> api.get(plans, "/api/plans/" + plan.planId, member.officer()), 200);
            if (current == null) {
                return;
            }
            if (!current.json().path("status").asString().equals("DRAFT")) {
                markSubmitted(plan);
                return;
            }
            if (call(() -> api.post(plans, "/api/plans/" + plan.planId + "/submit", member.officer(), null), 200, 409) != null) {
                markSubmitted(plan);
            }
            return;
        }
        URI approval = api.endpoints().approval();
        ApiResponse chain = call(() -> api.get(approval, "/api/plans/" + plan.planId + "/reviews", REVIEWER), 200, 404);
        if (chain == null || chain.status() == 404 || chain.json().isEmpty()) {
            return;
        }
        JsonNode review = chain.json().path(chain.json().size() - 1);
        String reviewPath = "/api/reviews/" + review.path("id").asString();
        switch (review.path("status").asString()) {
            case "PENDING" -> call(() -> api.post(approval, reviewPath + "/start", REVIEWER, null), 200, 409);
            case "IN_REVIEW" -> call(() -> api.post(approval, reviewPath + "/recommend", REVIEWER,
                    Map.of("note", "要綱に適合")), 200, 409);
            case "RECOMMENDED" -> {
                if (review.path("pendingDecision").isNull() || review.path("pendingDecision").isMissingNode()) {
                    call(() -> api.post(approval, reviewPath + "/approve", APPROVER, null), 200, 409);
                }
            }
            case "APPROVED" -> plan.approved = true;
            default -> throw new IllegalStateException("review of " + member.title() + " is " + review.path("status"));
        }
    }

    private void markSubmitted(Progress plan) {
        if (!plan.submitted) {
            plan.submitted = true;
            submitted.incrementAndGet();
        }
    }

    /**
     * A create whose answer was lost may still have happened: look for the plan before creating it again.
     *
     * @return the plan's id, "" when there is none, null when the lookup itself failed
     */
    private String lookUp(Member member) {
        ApiResponse page = call(() -> api.get(api.endpoints().plan(), "/api/plans?fiscalYear=" + startFiscalYear,
                member.officer()), 200);
        if (page == null) {
            return null;
        }
        for (JsonNode item : page.json().path("items")) {
            if (item.path("title").asString().equals(member.title())) {
                return item.path("id").asString();
            }
        }
        return "";
    }

    private String created(Member member) {
        ApiResponse response = call(() -> api.post(api.endpoints().plan(), "/api/plans", member.officer(),
                planRequest(member)), 201);
        return response == null ? null : response.json().path("id").asString();
    }

    Map<String, Object> planRequest(Member member) {
        List<Map<String, Object>> costs = new ArrayList<>();
        for (int year = startFiscalYear; year < startFiscalYear + 3; year++) {
            costs.add(Map.of("fiscalYear", year, "amountYen", 10_000_000L));
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("municipalityCode", member.code());
        request.put("title", member.title());
        request.put("startFiscalYear", startFiscalYear);
        request.put("endFiscalYear", startFiscalYear + 2);
        request.put("summary", member.municipality().name() + "の製造業の集積を維持・強化し、新たな立地を促す。(" + label + ")");
        request.put("measures", List.of(Map.of("title", "企業立地の促進", "projects", List.of(
                Map.of("name", "立地奨励金の交付", "plannedCosts", costs)))));
        request.put("figures", List.of());
        request.put("contact", Map.of("department", "産業振興課(例示)", "person", "担当 太郎(例示)",
                "email", member.mailbox(), "phone", "03-5320-4748"));
        return request;
    }

    /**
     * One request: an expected status gives its answer; a 5xx is counted and gives null (the step is tried again in
     * the next round); any other status is a defect of the suite or the system and fails the wave.
     */
    private ApiResponse call(java.util.function.Supplier<ApiResponse> request, int... expected) {
        ApiResponse response = request.get();
        requests.incrementAndGet();
        if (response.status() >= 500) {
            serverErrors.incrementAndGet();
            synchronized (serverErrorLines) {
                serverErrorLines.add(response.method() + " " + response.path() + " " + response.status() + " "
                        + response.body());
            }
            return null;
        }
        return response.expect(expected);
    }

    /**
     * Waits until the effects of the approvals have reached every service: each plan APPROVED in plan-service, its
     * grant opened, and each municipality's notices of the wave recorded and SENT.
     */
    public void awaitSettled(Inventory inventory, Set<String> noticesBefore, Duration timeout) {
        StackApi.await("wave " + label + " settled in every service", timeout, () -> {
            for (Member member : members) {
                String planId = progress.get(member.code()).planId;
                JsonNode plan = api.read(api.endpoints().plan(), "/api/plans/" + planId, Inventory.AUDITOR);
                if (!plan.path("status").asString().equals("APPROVED")) {
                    return Optional.empty();
                }
                if (api.get(api.endpoints().grant(), "/api/grants/grant-" + planId, Inventory.AUDITOR).status() != 200) {
                    return Optional.empty();
                }
            }
            List<JsonNode> fresh = inventory.notices().stream()
                    .filter(n -> !noticesBefore.contains(n.path("id").asString())).toList();
            boolean allSent = fresh.stream().allMatch(n -> n.path("status").asString().equals("SENT"));
            Set<String> seen = new HashSet<>();
            fresh.forEach(n -> seen.add(n.path("municipalityCode").asString() + " " + n.path("eventType").asString()));
            boolean complete = members.stream().allMatch(m -> NOTICE_EVENTS.stream()
                    .allMatch(type -> seen.contains(m.code() + " " + type)));
            return allSent && complete ? Optional.of(true) : Optional.empty();
        });
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
