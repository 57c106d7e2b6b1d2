package jp.tokyo.monozukuri.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Drives plans through the whole system as its users would: a municipality creates and submits each plan; a
 * reviewer, watching the list of pending reviews, starts and recommends each review that plan-service's event
 * opened; an approver (another person) approves it. Then approval-service's event opens the grant, and every step
 * becomes a notice mailed to the municipality. A plan is complete when its four notices reached the SMTP server.
 * Either as fast as the clients can go ({@code rate} 0: the system's maximum throughput) or paced at a given rate.
 */
final class Pipeline {

    /** What happened to one plan, on the benchmark's clock (epoch milliseconds; 0 = did not happen). */
    static final class PlanRun {
        final int sequence;
        volatile String planId;
        volatile String reviewId;
        volatile long createStarted;
        volatile long submitted;
        volatile long approved;
        volatile Instant completed;
        volatile String failure;

        PlanRun(int sequence) {
            this.sequence = sequence;
        }
    }

    record Result(List<PlanRun> plans, long firstStart, long lastCompletion, int httpRequests, Duration elapsed) {

        long completedCount() {
            return plans.stream().filter(p -> p.completed != null).count();
        }

        long failedCount() {
            return plans.stream().filter(p -> p.failure != null).count();
        }

        /** Completed plans per second, first submission to last completion. */
        double throughput() {
            long completed = completedCount();
            return completed == 0 ? 0 : completed / ((lastCompletion - firstStart) / 1000.0);
        }

        /** Completed plans per second between the 10th and the 90th percentile of completions (no ramps). */
        double steadyThroughput() {
            List<Long> times = plans.stream().filter(p -> p.completed != null)
                    .map(p -> p.completed.toEpochMilli()).sorted().toList();
            if (times.size() < 10) {
                return throughput();
            }
            int from = times.size() / 10;
            int to = times.size() * 9 / 10;
            long span = times.get(to) - times.get(from);
            return span <= 0 ? throughput() : (to - from) / (span / 1000.0);
        }
    }

    private static final Duration REVIEW_POLL = Duration.ofMillis(200);
    private static final Duration MAIL_POLL = Duration.ofMillis(250);
    private static final int PAGE = 100;
    /** Once every plan is approved (or failed), how long without a new mail before the missing ones count as lost. */
    private static final Duration STALL = Duration.ofSeconds(120);

    private final Http http;
    private final Tokens tokens;
    private final StackPorts ports;
    private final PlanRequests requests;
    private final MailWatcher mails;
    private final int submitters;
    private final int deciders;

    Pipeline(Http http, Tokens tokens, StackPorts ports, PlanRequests requests, MailWatcher mails, int submitters,
            int deciders) {
        this.http = http;
        this.tokens = tokens;
        this.ports = ports;
        this.requests = requests;
        this.mails = mails;
        this.submitters = submitters;
        this.deciders = deciders;
    }

    /**
     * @param rate plans started per second, or 0 for as fast as {@code submitters} clients can submit them
     */
    Result run(int firstSequence, int count, double rate, Duration timeout) throws InterruptedException {
        List<PlanRun> plans = new ArrayList<>();
        Map<String, PlanRun> byPlanId = new ConcurrentHashMap<>();
        for (int i = 0; i < count; i++) {
            plans.add(new PlanRun(firstSequence + i));
        }
        for (int i = 0; i < Math.min(count, 62); i++) {
            tokens.municipality(requests.municipalityOf(firstSequence + i).code());
        }
        tokens.reviewer();
        tokens.approver();
        AtomicInteger httpRequests = new AtomicInteger();
        ExecutorService submitPool = Executors.newFixedThreadPool(submitters, Http.daemon("bench-submit"));
        ExecutorService decidePool = Executors.newFixedThreadPool(deciders, Http.daemon("bench-decide"));
        long start = System.currentTimeMillis();
        long deadline = start + timeout.toMillis();
        Thread pacer = new Thread(() -> {
            for (int i = 0; i < plans.size(); i++) {
                PlanRun plan = plans.get(i);
                if (rate > 0) {
                    long due = start + Math.round(i * 1000 / rate);
                    long wait = due - System.currentTimeMillis();
                    if (wait > 0) {
                        try {
                            Thread.sleep(wait);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
                submitPool.execute(() -> submit(plan, byPlanId, httpRequests));
            }
        }, "bench-pacer");
        pacer.setDaemon(true);
        pacer.start();

        Map<String, Boolean> dispatched = new ConcurrentHashMap<>();
        long nextReviewPoll = 0;
        long lastProgress = System.currentTimeMillis();
        int mailsBefore = 0;
        while (System.currentTimeMillis() < deadline) {
            long now = System.currentTimeMillis();
            if (now >= nextReviewPoll && plans.stream().anyMatch(p -> p.reviewId == null && p.failure == null)) {
                nextReviewPoll = now + REVIEW_POLL.toMillis();
                pollPendingReviews(byPlanId, dispatched, decidePool, httpRequests);
            }
            mails.scan();
            boolean allDone = true;
            boolean allDecided = true;
            int completed = 0;
            for (PlanRun plan : plans) {
                if (plan.completed == null && plan.failure == null) {
                    plan.completed = mails.completed(plan.sequence);
                    allDone &= plan.completed != null;
                }
                completed += plan.completed != null ? 1 : 0;
                allDecided &= plan.approved > 0 || plan.failure != null;
            }
            if (allDone) {
                break;
            }
            int mailsNow = mails.mailsOf(firstSequence, firstSequence + count);
            if (mailsNow > mailsBefore) {
                mailsBefore = mailsNow;
                lastProgress = now;
            } else if (allDecided && now - lastProgress > STALL.toMillis()) {
                Benchmark.log("every plan is approved, %d still lack a notice after %d s without a new mail: "
                        + "counted as lost", plans.size() - completed, STALL.toSeconds());
                break;
            }
            Thread.sleep(MAIL_POLL.toMillis());
        }
        pacer.interrupt();
        submitPool.shutdownNow();
        decidePool.shutdownNow();
        submitPool.awaitTermination(30, TimeUnit.SECONDS);
        decidePool.awaitTermination(30, TimeUnit.SECONDS);
        for (PlanRun plan : plans) {
            if (plan.completed == null && plan.failure == null) {
                plan.failure = plan.approved > 0 ? "approved, but a notice never arrived"
                        : "not complete within " + timeout.toSeconds() + " s";
            }
        }
        long lastCompletion = plans.stream().filter(p -> p.completed != null)
                .mapToLong(p -> p.completed.toEpochMilli()).max().orElse(start);
        return new Result(List.copyOf(plans), start, lastCompletion, httpRequests.get(),
                Duration.ofMillis(System.currentTimeMillis() - start));
    }

    private void submit(PlanRun plan, Map<String, PlanRun> byPlanId, AtomicInteger httpRequests) {
        try {
            String code = requests.municipalityOf(plan.sequence).code();
            String token = tokens.municipality(code);
            plan.createStarted = System.currentTimeMillis();
            JsonNode created = http.post(ports.baseUri(ServiceName.PLAN) + "/api/plans", token,
                    requests.createRequest(plan.sequence)).expect(201, "create plan " + plan.sequence).json();
            plan.planId = created.get("id").asString();
            byPlanId.put(plan.planId, plan);
            http.post(ports.baseUri(ServiceName.PLAN) + "/api/plans/" + plan.planId + "/submit", token, null)
                    .expect(200, "submit plan " + plan.sequence);
            plan.submitted = System.currentTimeMillis();
            httpRequests.addAndGet(2);
        } catch (RuntimeException e) {
            plan.failure = e.getMessage();
        }
    }

    private void pollPendingReviews(Map<String, PlanRun> byPlanId, Map<String, Boolean> dispatched,
            ExecutorService decidePool, AtomicInteger httpRequests) {
        try {
            for (int page = 0; ; page++) {
                JsonNode body = http.get(ports.baseUri(ServiceName.APPROVAL) + "/api/reviews?status=PENDING&size="
                        + PAGE + "&page=" + page, tokens.reviewer()).expect(200, "pending reviews").json();
                httpRequests.incrementAndGet();
                JsonNode items = body.get("items");
                for (JsonNode item : items) {
                    PlanRun plan = byPlanId.get(item.get("planId").asString());
                    String reviewId = item.get("id").asString();
                    if (plan != null && dispatched.putIfAbsent(reviewId, Boolean.TRUE) == null) {
                        plan.reviewId = reviewId;
                        decidePool.execute(() -> decide(plan, httpRequests));
                    }
                }
                if (items.size() < PAGE) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            System.err.println("listing pending reviews failed (retrying): " + e.getMessage());
        }
    }

    private void decide(PlanRun plan, AtomicInteger httpRequests) {
        String reviews = ports.baseUri(ServiceName.APPROVAL) + "/api/reviews/" + plan.reviewId;
        try {
            http.post(reviews + "/start", tokens.reviewer(), null).expect(200, "start review of " + plan.sequence);
            http.post(reviews + "/recommend", tokens.reviewer(), "{\"note\":\"計画の内容は事業の趣旨に合致している。\"}")
                    .expect(200, "recommend " + plan.sequence);
            http.post(reviews + "/approve", tokens.approver(), null).expect(200, "approve " + plan.sequence);
            plan.approved = System.currentTimeMillis();
            httpRequests.addAndGet(3);
        } catch (RuntimeException e) {
            plan.failure = e.getMessage();
        }
    }
}
