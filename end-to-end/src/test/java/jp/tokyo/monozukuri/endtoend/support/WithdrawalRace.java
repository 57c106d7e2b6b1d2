package jp.tokyo.monozukuri.endtoend.support;

import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.localstack.scenario.Actor;
import jp.tokyo.monozukuri.localstack.scenario.ApiResponse;
import jp.tokyo.monozukuri.localstack.scenario.StackApi;
import tools.jackson.databind.JsonNode;

/**
 * One plan whose withdrawal races Tokyo's approval through the running stack, driven as portals would: the
 * municipality creates and submits it, a reviewer starts and recommends it, then the municipality's withdrawal and
 * the approver's approval are sent from two threads, one {@code jitter} after the other. A call that finds a
 * service down (restarted mid-race) is sent again until it is answered.
 */
public final class WithdrawalRace {

    /** How the run goes before the withdrawal. */
    public enum Kind {
        /** Recommended, then withdrawal and approval race; the withdrawal is sent first. */
        WITHDRAWAL_FIRST,
        /** Recommended, then withdrawal and approval race; the approval is sent first. */
        APPROVAL_FIRST,
        /** Withdrawn in the same breath as it was submitted, before approval-service can have seen it. */
        WITHDRAWN_ON_SUBMISSION,
        /** Returned by the reviewer, then withdrawn. */
        RETURNED_THEN_WITHDRAWN
    }

    public static final Actor REVIEWER = Actor.reviewer("e2e-race-reviewer");
    public static final Actor APPROVER = Actor.approver("e2e-race-approver");
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);
    private static final Duration RETRY_FOR = Duration.ofMinutes(4);
    private static final Set<String> SCENARIO = Set.of("131091", "131237", "132012", "132047");

    private final StackApi api;
    private final int index;
    private final Kind kind;
    private final Municipality municipality;
    private final int startFiscalYear;
    private final long jitterMillis;
    private String planId;
    private String reviewId;
    private int withdrawStatus;
    private int approveStatus;
    private volatile boolean retried;

    public WithdrawalRace(StackApi api, int index, Kind kind) {
        this.api = api;
        this.index = index;
        this.kind = kind;
        List<Municipality> others = Municipalities.tokyo().stream().filter(m -> !SCENARIO.contains(m.code())).toList();
        this.municipality = others.get(index % others.size());
        this.startFiscalYear = 2050 + 3 * (index / others.size());
        // the withdrawal travels plan-service → outbox → broker → approval-service, the approval is one request:
        // a head start of up to 1.5 s lets withdrawals win some races, 0-120 ms the other way keeps them close
        this.jitterMillis = ThreadLocalRandom.current().nextLong(0, kind == Kind.WITHDRAWAL_FIRST ? 1_500 : 120);
    }

    public Actor officer() {
        return Actor.municipality(municipality.code(), "e2e-race-officer-" + municipality.code());
    }

    /** Created, submitted and (but for the two kinds that withdraw earlier) started and recommended or returned. */
    public void prepare() {
        planId = untilAnswered(() -> api.post(api.endpoints().plan(), "/api/plans", officer(), planRequest()))
                .expect(201).json().path("id").asString();
        untilAnswered(() -> api.post(plans(), "/api/plans/" + planId + "/submit", officer(), null)).expect(200);
        if (kind == Kind.WITHDRAWN_ON_SUBMISSION) {
            withdrawStatus = withdraw();
            return;
        }
        reviewId = StackApi.await("review of " + planId, RETRY_FOR, () -> {
            ApiResponse chain = api.get(approvalService(), "/api/plans/" + planId + "/reviews", REVIEWER);
            return chain.status() == 200 && !chain.json().isEmpty()
                    ? Optional.of(chain.json().path(0).path("id").asString()) : Optional.empty();
        });
        untilAnswered(() -> api.post(approvalService(), review("/start"), REVIEWER, null)).expect(200);
        if (kind == Kind.RETURNED_THEN_WITHDRAWN) {
            untilAnswered(() -> api.post(approvalService(), review("/return"), REVIEWER,
                    Map.of("reasons", List.of("年度別の事業費を記載してください。")))).expect(200);
            StackApi.await("plan " + planId + " RETURNED", RETRY_FOR, () -> Optional.of(true).filter(x -> api.read(
                    plans(), "/api/plans/" + planId, officer()).path("status").asString().equals("RETURNED")));
            withdrawStatus = withdraw();
            return;
        }
        untilAnswered(() -> api.post(approvalService(), review("/recommend"), REVIEWER, Map.of("note", "要綱に適合")))
                .expect(200);
    }

    /** The race itself; for the two racing kinds only. Runs on two threads the caller provides. */
    public Runnable withdrawal() {
        return () -> {
            pause(kind == Kind.APPROVAL_FIRST ? jitterMillis : 0);
            withdrawStatus = withdraw();
        };
    }

    public Runnable approval() {
        return () -> {
            pause(kind == Kind.WITHDRAWAL_FIRST ? jitterMillis : 0);
            approveStatus = untilAnswered(() -> api.post(approvalService(), review("/approve"), APPROVER, null))
                    .expect(200, 409).status();
        };
    }

    public boolean races() {
        return kind == Kind.WITHDRAWAL_FIRST || kind == Kind.APPROVAL_FIRST;
    }

    private int withdraw() {
        return untilAnswered(() -> api.post(plans(), "/api/plans/" + planId + "/withdraw", officer(),
                Map.of("reason", "計画内容を見直すため(競合試験)"))).expect(202, 409).status();
    }

    /** A call sent again while the service cannot be reached: a portal's retry after a lost answer. */
    private ApiResponse untilAnswered(Supplier<ApiResponse> call) {
        Instant deadline = Instant.now().plus(RETRY_FOR);
        while (true) {
            try {
                return call.get();
            } catch (UncheckedIOException unreachable) {
                retried = true;
                if (Instant.now().isAfter(deadline)) {
                    throw unreachable;
                }
                pause(RETRY_PAUSE.toMillis());
            }
        }
    }

    private Map<String, Object> planRequest() {
        List<Map<String, Object>> costs = new ArrayList<>();
        for (int year = startFiscalYear; year < startFiscalYear + 3; year++) {
            costs.add(Map.of("fiscalYear", year, "amountYen", 10_000_000L));
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("municipalityCode", municipality.code());
        request.put("title", municipality.name() + "ものづくり産業基盤強化計画(取下げ競合試験 " + index + ")");
        request.put("startFiscalYear", startFiscalYear);
        request.put("endFiscalYear", startFiscalYear + 2);
        request.put("summary", municipality.name() + "の製造業の集積を維持・強化する。");
        request.put("measures", List.of(Map.of("title", "企業立地の促進", "projects", List.of(
                Map.of("name", "立地奨励金の交付", "plannedCosts", costs)))));
        request.put("figures", List.of());
        request.put("contact", Map.of("department", "産業振興課(例示)", "person", "担当 太郎(例示)",
                "email", PlanWave.mailboxOf(municipality.code()), "phone", "03-5320-4748"));
        return request;
    }

    /** A second plan of the same municipality for the same years: accepted only if this one's years were freed. */
    public int submitSamePeriodAgain() {
        Map<String, Object> request = planRequest();
        request.put("title", request.get("title") + "(再提出)");
        String second = api.post(plans(), "/api/plans", officer(), request).expect(201).json().path("id").asString();
        return api.post(plans(), "/api/plans/" + second + "/submit", officer(), null).expect(200, 409).status();
    }

    private URI plans() {
        return api.endpoints().plan();
    }

    private URI approvalService() {
        return api.endpoints().approval();
    }

    private String review(String action) {
        return "/api/reviews/" + reviewId + action;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int index() {
        return index;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return municipality.code();
    }

    public String planId() {
        return planId;
    }

    public Optional<String> reviewId() {
        return Optional.ofNullable(reviewId);
    }

    /** 202 (asked) or 409 (plan-service already knew the decision). */
    public int withdrawStatus() {
        return withdrawStatus;
    }

    /** 200 or 409; 0 when the run did not race. */
    public int approveStatus() {
        return approveStatus;
    }

    /** Some call of this run found a service down and was sent again: its answer may be a retry's. */
    public boolean retried() {
        return retried;
    }

    public long jitterMillis() {
        return jitterMillis;
    }

    @Override
    public String toString() {
        return "run " + index + " " + kind + " (" + municipality.name() + ", plan " + planId + ", jitter "
                + jitterMillis + " ms, withdraw " + withdrawStatus + ", approve " + approveStatus + ")";
    }

    /** Reads the latest review of the plan, as staff see it. */
    public static JsonNode latestReview(StackApi api, String planId) {
        JsonNode chain = api.read(api.endpoints().approval(), "/api/plans/" + planId + "/reviews", Inventory.AUDITOR);
        return chain.path(chain.size() - 1);
    }
}
