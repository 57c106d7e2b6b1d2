package jp.tokyo.monozukuri.localstack.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 報道発表 2014-03-13 — the press release's four approvals, replayed through the REST APIs as the portals would
 * drive them: the four municipalities submit their plans; a reviewer returns 八王子市's with reasons; it is revised
 * and resubmitted; all four are recommended by the reviewer and approved by someone else; one approval round dated
 * 2014-03-13 is composed in the release's order and published; both assemblies' budgets for FY2014 are recorded;
 * 品川区 applies for FY2014, is decided, reports, is confirmed and paid.
 *
 * <p>The stack must run on a clock set to that day ({@code --clock 2014-03-13}), or the round would announce
 * approvals dated after it. The plans are the reference fixture of {@code contracts}; budgets, costs and dates
 * after the announcement are illustrative (the release states none).
 */
public final class Approvals20140313 {

    public static final LocalDate ANNOUNCEMENT_DATE = LocalDate.of(2014, 3, 13);
    public static final int FIRST_FISCAL_YEAR = 2014;
    /** 八王子市: the plan the reviewer returns once. */
    public static final String RETURNED = "132012";
    /** 品川区: the municipality that goes through FY2014 from application to payment. */
    public static final String FUNDED = "131091";
    public static final Actor REVIEWER = Actor.reviewer("sato");
    public static final Actor APPROVER = Actor.approver("suzuki");
    public static final String FIXTURE = "fixtures/reference/plans-2014-03-13.json";

    public static final List<String> RETURN_REASONS = List.of(
            "施策1「企業立地の促進」の奨励金(平成26年度 1億円)について、交付対象とする企業数と1社当たりの交付額の見込みを示してください。",
            "施策3「技術力向上支援」について、産学連携の相手方(大学等)を明記してください。");
    static final String ANSWER_INCENTIVE = "市外からの誘致2社、1社当たり5,000万円を見込む(例示)";
    static final String ANSWER_PARTNER = "市内の大学・高等専門学校との共同研究を想定(例示)";

    /** 都議会 and the four assemblies; the dates and amounts are illustrative. */
    public static final LocalDate METROPOLITAN_RESOLUTION = LocalDate.of(2014, 3, 27);
    public static final long METROPOLITAN_BUDGET_YEN = 400_000_000L;
    public static final LocalDate MUNICIPAL_RESOLUTION = LocalDate.of(2014, 3, 20);

    public static final LocalDate APPLICATION_DATE = LocalDate.of(2014, 4, 10);
    public static final LocalDate DECISION_DATE = LocalDate.of(2014, 5, 1);
    public static final LocalDate REPORT_DATE = LocalDate.of(2015, 4, 20);
    public static final LocalDate CONFIRMATION_DATE = LocalDate.of(2015, 5, 15);
    public static final LocalDate PAYMENT_DATE = LocalDate.of(2015, 5, 29);
    public static final long ACTUAL_COST_YEN = 88_000_000L;
    public static final long ELIGIBLE_ACTUAL_COST_YEN = 87_350_000L;
    public static final long OTHER_REVENUE_YEN = 1_000_000L;
    /** min(decided, cap, round_down(1/2 × (87,350,000 − 1,000,000), ¥1,000)) */
    public static final long CONFIRMED_YEN = 43_175_000L;

    private static final Map<String, String> OFFICERS = Map.of(
            "131091", "shinagawa-officer", "131237", "edogawa-officer",
            "132012", "hachioji-officer", "132047", "mitaka-officer");

    /** One municipality's way through the scenario. */
    public record PlanRun(String municipalityCode, String municipalityName, String planId, List<String> reviewIds,
            String grantId) {

        public String finalReviewId() {
            return reviewIds.get(reviewIds.size() - 1);
        }
    }

    /** @param plans in the order of the press release */
    public record Outcome(List<PlanRun> plans, String roundId) {

        public PlanRun of(String municipalityCode) {
            return plans.stream().filter(p -> p.municipalityCode().equals(municipalityCode)).findFirst().orElseThrow();
        }
    }

    private final StackApi api;
    private final Duration patience;
    private final Consumer<String> progress;

    /**
     * @param patience how long to wait for each asynchronous effect (an event reaching another service)
     * @param progress told of each step as it completes
     */
    public Approvals20140313(StackApi api, Duration patience, Consumer<String> progress) {
        this.api = api;
        this.patience = patience;
        this.progress = progress;
    }

    public static Actor officerOf(String municipalityCode) {
        return Actor.municipality(municipalityCode, OFFICERS.getOrDefault(municipalityCode, "officer-" + municipalityCode));
    }

    /** The four plan requests of the fixture, in the release's order. */
    public static List<ObjectNode> planRequests(StackApi api) {
        try (InputStream in = Approvals20140313.class.getClassLoader().getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException(FIXTURE + " is not on the classpath (module contracts)");
            }
            JsonNode plans = api.json().readTree(in);
            return StreamSupport.stream(plans.spliterator(), false).map(plan -> (ObjectNode) plan).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Outcome run() {
        URI plan = api.endpoints().plan();
        URI approval = api.endpoints().approval();
        List<ObjectNode> requests = planRequests(api);

        Map<String, String> planIds = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> reviews = new LinkedHashMap<>();
        for (ObjectNode request : requests) {
            String code = request.path("municipalityCode").asString();
            Actor officer = officerOf(code);
            JsonNode created = api.post(plan, "/api/plans", officer, request).expect(201).json();
            String planId = created.path("id").asString();
            api.post(plan, "/api/plans/" + planId + "/submit", officer, null).expect(200);
            planIds.put(code, planId);
            names.put(code, created.path("municipality").path("name").asString());
            reviews.put(code, new ArrayList<>());
        }
        progress.accept("提出: " + String.join("、", names.values()) + " submitted their plans");

        for (String code : planIds.keySet()) {
            String reviewId = awaitReview(planIds.get(code), 1);
            api.post(approval, "/api/reviews/" + reviewId + "/start", REVIEWER, null).expect(200);
            reviews.get(code).add(reviewId);
        }
        progress.accept("審査開始: " + REVIEWER.subject() + " started the four reviews");

        returnAndResubmit(requests, planIds.get(RETURNED), reviews.get(RETURNED));
        progress.accept("差戻し: " + names.get(RETURNED) + "'s plan returned with " + RETURN_REASONS.size()
                + " reasons, revised and resubmitted as revision 2");

        for (String code : planIds.keySet()) {
            api.post(approval, "/api/reviews/" + last(reviews.get(code)) + "/recommend", REVIEWER,
                    Map.of("note", "計画期間、施策及び事業費とも要綱に適合しており、承認を推薦する。")).expect(200);
        }
        List<String> numbers = new ArrayList<>();
        for (String code : planIds.keySet()) {
            JsonNode approved = api.post(approval, "/api/reviews/" + last(reviews.get(code)) + "/approve", APPROVER,
                    null).expect(200).json();
            numbers.add(approved.path("decision").path("documentNumber").asString());
        }
        progress.accept("承認: " + APPROVER.subject() + " approved the four plans, " + String.join(", ", numbers));

        List<String> finalReviews = planIds.keySet().stream().map(code -> last(reviews.get(code))).toList();
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("announcementDate", ANNOUNCEMENT_DATE.toString());
        round.put("reviewIds", finalReviews);
        String roundId = api.post(approval, "/api/approval-rounds", APPROVER, round).expect(201).json().path("id")
                .asString();
        api.post(approval, "/api/approval-rounds/" + roundId + "/publish", APPROVER, null).expect(200);
        progress.accept("公表: approval round of " + ANNOUNCEMENT_DATE + " published");

        recordBudgets(requests);
        progress.accept("予算の議決: FY" + FIRST_FISCAL_YEAR + " budgets of the Metropolitan Assembly and the four "
                + "municipal assemblies recorded");

        Map<String, String> grantIds = new LinkedHashMap<>();
        for (String code : planIds.keySet()) {
            grantIds.put(code, awaitOpenYear(planIds.get(code), FIRST_FISCAL_YEAR));
        }
        fundFirstYear(requests.stream().filter(r -> r.path("municipalityCode").asString().equals(FUNDED))
                .findFirst().orElseThrow(), grantIds.get(FUNDED));
        progress.accept("助成: " + names.get(FUNDED) + " FY" + FIRST_FISCAL_YEAR + " applied, decided, reported, "
                + "confirmed (" + CONFIRMED_YEN + " yen) and paid");

        List<PlanRun> runs = planIds.keySet().stream().map(code -> new PlanRun(code, names.get(code),
                planIds.get(code), List.copyOf(reviews.get(code)), grantIds.get(code))).toList();
        return new Outcome(runs, roundId);
    }

    private void returnAndResubmit(List<ObjectNode> requests, String planId, List<String> reviewIds) {
        URI plan = api.endpoints().plan();
        Actor officer = officerOf(RETURNED);
        api.post(api.endpoints().approval(), "/api/reviews/" + last(reviewIds) + "/return", REVIEWER,
                Map.of("reasons", RETURN_REASONS)).expect(200);
        ApiResponse returned = StackApi.await("plan " + planId + " RETURNED in plan-service", patience, () -> {
            ApiResponse current = api.get(plan, "/api/plans/" + planId, officer).expect(200);
            return Optional.of(current).filter(r -> r.json().path("status").asString().equals("RETURNED"));
        });

        ObjectNode revised = requests.stream().filter(r -> r.path("municipalityCode").asString().equals(RETURNED))
                .findFirst().orElseThrow().deepCopy();
        ((ObjectNode) revised.path("measures").path(0).path("projects").path(0)).put("description", ANSWER_INCENTIVE);
        ((ObjectNode) revised.path("measures").path(2).path("projects").path(0)).put("description", ANSWER_PARTNER);
        String etag = returned.header("ETag").orElseThrow(() -> new IllegalStateException("no ETag on plan " + planId));
        api.put(plan, "/api/plans/" + planId, officer, revised, etag).expect(200);
        api.post(plan, "/api/plans/" + planId + "/submit", officer, null).expect(200);

        String second = awaitReview(planId, 2);
        api.post(api.endpoints().approval(), "/api/reviews/" + second + "/start", REVIEWER, null).expect(200);
        reviewIds.add(second);
    }

    private void recordBudgets(List<ObjectNode> requests) {
        URI grant = api.endpoints().grant();
        Map<String, Object> metropolitan = new LinkedHashMap<>();
        metropolitan.put("fiscalYear", FIRST_FISCAL_YEAR);
        metropolitan.put("assembly", "METROPOLITAN");
        metropolitan.put("resolutionDate", METROPOLITAN_RESOLUTION.toString());
        metropolitan.put("budgetedAmountYen", METROPOLITAN_BUDGET_YEN);
        api.post(grant, "/api/budget-resolutions", APPROVER, metropolitan).expect(201);
        for (ObjectNode request : requests) {
            Map<String, Object> municipal = new LinkedHashMap<>();
            municipal.put("fiscalYear", FIRST_FISCAL_YEAR);
            municipal.put("assembly", "MUNICIPAL");
            municipal.put("municipalityCode", request.path("municipalityCode").asString());
            municipal.put("resolutionDate", MUNICIPAL_RESOLUTION.toString());
            municipal.put("budgetedAmountYen", plannedCostOf(request, FIRST_FISCAL_YEAR));
            api.post(grant, "/api/budget-resolutions", APPROVER, municipal).expect(201);
        }
    }

    /** 交付申請 → 交付決定 → 実績報告 → 額の確定 → 支払 of the first fiscal year. */
    private void fundFirstYear(ObjectNode request, String grantId) {
        URI grant = api.endpoints().grant();
        Actor officer = officerOf(request.path("municipalityCode").asString());
        String year = "/api/grants/" + grantId + "/years/" + FIRST_FISCAL_YEAR;
        long eligibleCost = plannedCostOf(request, FIRST_FISCAL_YEAR);
        long requested = eligibleCost / 2 / 1000 * 1000;

        Map<String, Object> application = new LinkedHashMap<>();
        application.put("applicationDate", APPLICATION_DATE.toString());
        application.put("eligibleCostYen", eligibleCost);
        application.put("requestedAmountYen", requested);
        application.put("breakdown", breakdownOf(request, FIRST_FISCAL_YEAR));
        api.post(grant, year + "/application", officer, application).expect(200);

        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("decisionDate", DECISION_DATE.toString());
        decision.put("amountYen", requested);
        decision.put("conditions", List.of("補助事業の内容を変更しようとするときは、あらかじめ知事の承認を受けること。"));
        api.post(grant, year + "/decision", APPROVER, decision).expect(200);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("reportDate", REPORT_DATE.toString());
        report.put("actualCostYen", ACTUAL_COST_YEN);
        report.put("eligibleActualCostYen", ELIGIBLE_ACTUAL_COST_YEN);
        report.put("otherRevenueYen", OTHER_REVENUE_YEN);
        api.post(grant, year + "/report", officer, report).expect(200);

        api.post(grant, year + "/confirmation", APPROVER, Map.of("confirmationDate", CONFIRMATION_DATE.toString()))
                .expect(200);
        Map<String, Object> payment = new LinkedHashMap<>();
        payment.put("paymentDate", PAYMENT_DATE.toString());
        payment.put("amountYen", CONFIRMED_YEN);
        api.post(grant, year + "/payments", APPROVER, payment, "settlement-" + grantId + "-" + FIRST_FISCAL_YEAR).expect(200);
    }

    /** The id of the plan's {@code n}-th review, once approval-service has opened it from {@code plan.submitted}. */
    private String awaitReview(String planId, int n) {
        return StackApi.await("review " + n + " of plan " + planId + " in approval-service", patience, () -> {
            ApiResponse chain = api.get(api.endpoints().approval(), "/api/plans/" + planId + "/reviews", REVIEWER)
                    .expect(200, 404);
            return chain.status() == 200 && chain.json().size() >= n
                    ? Optional.of(chain.json().path(n - 1).path("id").asString()) : Optional.empty();
        });
    }

    /** The grant grant-service opened from {@code plan.approved}, once the fiscal year is open for application. */
    private String awaitOpenYear(String planId, int fiscalYear) {
        String grantId = "grant-" + planId;
        return StackApi.await("FY" + fiscalYear + " of " + grantId + " OPEN in grant-service", patience, () -> {
            ApiResponse grant = api.get(api.endpoints().grant(), "/api/grants/" + grantId, APPROVER).expect(200, 404);
            boolean open = grant.status() == 200 && StreamSupport.stream(grant.json().path("years").spliterator(), false)
                    .anyMatch(y -> y.path("fiscalYear").asInt() == fiscalYear && y.path("status").asString().equals("OPEN"));
            return open ? Optional.of(grantId) : Optional.empty();
        });
    }

    /** The plan's planned cost of one fiscal year, all measures and projects. */
    public static long plannedCostOf(JsonNode request, int fiscalYear) {
        return breakdownOf(request, fiscalYear).stream().mapToLong(p -> (Long) p.get("eligibleCostYen")).sum();
    }

    private static List<Map<String, Object>> breakdownOf(JsonNode request, int fiscalYear) {
        List<Map<String, Object>> breakdown = new ArrayList<>();
        JsonNode measures = request.path("measures");
        for (int m = 0; m < measures.size(); m++) {
            for (JsonNode project : measures.path(m).path("projects")) {
                long cost = 0;
                for (JsonNode planned : project.path("plannedCosts")) {
                    if (planned.path("fiscalYear").asInt() == fiscalYear) {
                        cost += planned.path("amountYen").asLong();
                    }
                }
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("measureNumber", m + 1);
                line.put("projectName", project.path("name").asString());
                line.put("eligibleCostYen", cost);
                breakdown.add(line);
            }
        }
        return breakdown;
    }

    private static String last(List<String> ids) {
        return ids.get(ids.size() - 1);
    }
}
