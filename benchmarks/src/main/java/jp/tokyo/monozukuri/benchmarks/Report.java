package jp.tokyo.monozukuri.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The run as Markdown: the tables of docs/benchmarks.md. */
final class Report {

    static final String BEGIN = "<!-- results:begin -->";
    static final String END = "<!-- results:end -->";

    private final Results r;
    private final StringBuilder md = new StringBuilder();

    Report(Results results) {
        this.r = results;
    }

    /** Replaces what stands between the results markers of {@code doc} (appends the block if there is none). */
    static void replaceResults(Path doc, String report) throws IOException {
        String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String block = BEGIN + "\n" + report + "\n" + END;
        String updated = begin >= 0 && end > begin
                ? text.substring(0, begin) + block + text.substring(end + END.length())
                : text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n" + block + "\n";
        Files.writeString(doc, updated, StandardCharsets.UTF_8);
    }

    String render() {
        header();
        pipeline();
        primitivesAndBound();
        work();
        cpu();
        api();
        services();
        goals();
        profiles();
        if (!r.notes.isEmpty()) {
            line("**Notes:**");
            r.notes.forEach(note -> line("- " + note));
            line("");
        }
        return md.toString();
    }

    private void header() {
        line("### Run %s%s", r.runMarker, r.label == null || r.label.isBlank() ? "" : " — " + r.label);
        line("");
        Machine m = r.machine;
        line("- **Date:** %s", r.date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx")));
        line("- **Commit:** `%s`", r.commit);
        line("- **Machine:** %s, %d cores, %,d MiB; %s (kernel %s); %s", m.cpu(), m.cores(), m.memoryMiB(), m.os(),
                m.kernel(), m.java());
        line("- **Stack:** %s; ports offset %d; ready after %.1f s", r.stackMode, r.options.portsOffset(),
                r.stackStartSeconds);
        line("- **Load average (1 min) while:** starting %s · primitives before / after %s · saturated run %s · paced run %s · API %s",
                load(r.startLoad), String.join(" / ", r.primitivesLoads.stream().map(Report::load).toList()),
                load(r.saturated == null ? null : r.saturated.load()),
                load(r.paced == null ? null : r.paced.load()), load(r.apiLoad));
        line("- **Clients:** %d submitting municipalities, %d reviewer/approver workers; warm-up %d plans (not counted)",
                r.options.submitters(), r.options.deciders(), r.options.warmUpPlans());
        line("");
    }

    private void pipeline() {
        line("#### Pipeline (submit → start → recommend → approve → grant opened → 4 notices at the SMTP server)");
        line("");
        line("| run | plans complete | plans/s (first submit → last mail) | plans/s while 10–90 %% completed | approval → \"approved\" mail p50 / p95 / p99 / max | submit → receipt mail p50 / p99 | submit → last mail p50 / p99 |");
        line("|---|---|---|---|---|---|---|");
        for (Results.PipelinePhase phase : new Results.PipelinePhase[] {r.saturated, r.paced}) {
            if (phase == null) {
                continue;
            }
            Pipeline.Result result = phase.result();
            String name = phase.targetRate() > 0 ? "%s (%.2f plans/s offered)".formatted(phase.name(), phase.targetRate())
                    : phase.name();
            line("| %s | %d / %d%s | %.2f | %.2f | %s | %s | %s |", name, result.completedCount(), phase.plans(),
                    result.failedCount() > 0 ? " (" + result.failedCount() + " failed)" : "", result.throughput(),
                    result.steadyThroughput(), dist4(phase.approvalToMail()), dist2(phase.submitToReceipt()),
                    dist2(phase.endToEnd()));
        }
        line("");
        Results.NoticeCount n = r.notices;
        if (n != null) {
            line("Notices over all %d plans of the run (warm-up included): %d expected, %d mails received, **%d lost, %d doubled**; "
                    + "%d mails to the benchmark's mailboxes named no plan of this run. notification-service reports "
                    + "%d SENT, %d PENDING, %d FAILED.", n.plans(), n.expected(), n.received(), n.lost(), n.doubled(),
                    n.unmatched(), n.apiSent(), n.apiPending(), n.apiFailed());
            line("");
        }
    }

    private void primitivesAndBound() {
        line("#### Primitives (same broker, store and SMTP server, one client each; measured before and after the pipeline)");
        line("");
        line("| primitive | before | after | used for the bound (mean) | latency p50 / p99 (before) | what |");
        line("|---|---|---|---|---|---|");
        if (!r.kafkaRuns.isEmpty()) {
            KafkaRoundTrips.Result k = r.kafkaRuns.get(0);
            line("| Kafka produce→consume round trip | %s | %,.0f /s | %s | envelope JSON of the 4 pipeline events (avg %,d B), acks=all, idempotent, linger 0, sync send; consumer parses envelope + payload, commits per poll |",
                    rates(r.kafkaRuns.stream().map(KafkaRoundTrips.Result::perSecond).toList()), r.kafkaPerSecond(),
                    dist2(k.latencyMillis()), k.averageBytes());
        }
        if (!r.storeRuns.isEmpty()) {
            StoreUpdates.Result st = r.storeRuns.get(0);
            line("| store single-document update | %s | %,.0f /s | %s | by `_id` + `version`, `$set` + `$inc`, plan-sized document (%,d B), on plan-store |",
                    rates(r.storeRuns.stream().map(StoreUpdates.Result::updatesPerSecond).toList()),
                    r.storeUpdatesPerSecond(), dist2(st.updateMillis()), st.documentBytes());
            line("| store read by id | %s | %,.0f /s | — | `find` by `_id`, same documents |",
                    rates(r.storeRuns.stream().map(StoreUpdates.Result::readsPerSecond).toList()), r.storeReadsPerSecond());
        }
        if (!r.smtpRuns.isEmpty()) {
            line("| SMTP send | %s | %,.0f /s | — | batches of 50 over one connection; a real notice (%,d B) |",
                    rates(r.smtpRuns.stream().map(SmtpSends.Result::perSecond).toList()), r.smtpPerSecond(),
                    r.smtpRuns.get(0).messageBytes());
        }
        line("");
        if (r.work == null || !r.hasPrimitives() || r.saturated == null) {
            return;
        }
        Bounds b = bounds();
        WorkPerPlan w = r.work;
        double pipeline = r.saturated.result().throughput();
        line("#### Bound: the work of one plan against the primitives");
        line("");
        line("| resource | work per plan | primitive rate | ms per plan |");
        line("|---|---|---|---|");
        line("| Kafka hops (records consumed, all groups) | %.2f | %,.0f /s | %.1f |", w.hops(), r.kafkaPerSecond(),
                b.kafka() * 1000);
        for (ServiceName service : ServiceName.values()) {
            line("| %s writes (insert, update, findAndModify) + *reads* | %.2f + *%.2f* | %,.0f /s + *%,.0f /s* | %.1f + *%.1f* |",
                    service.storeName(), w.writes(service), w.reads(service), r.storeUpdatesPerSecond(),
                    r.storeReadsPerSecond(), 1000 * w.writes(service) / r.storeUpdatesPerSecond(),
                    1000 * w.reads(service) / r.storeReadsPerSecond());
        }
        line("| mails | %.2f | %,.0f /s | %.1f |", w.mails(), r.smtpPerSecond(), b.smtp() * 1000);
        line("");
        line("| bound | plans/s | pipeline (%.2f plans/s) / bound |", pipeline);
        line("|---|---|---|");
        line("| **best: the busiest resource (%s) alone, everything else in parallel** | **%.2f** | **%.1f %%** |",
                b.busiest(), b.best(), 100 * pipeline / b.best());
        line("| every hop, write and mail one after the other | %.2f | %.1f %% |", b.serial(), 100 * pipeline / b.serial());
        line("| the same with the reads | %.2f | %.1f %% |", b.serialWithReads(), 100 * pipeline / b.serialWithReads());
        line("| notification-service's SMTP rate limit (%d mails/s ÷ %.2f mails per plan) — a policy, not a resource | %.2f | %.1f %% |",
                r.options.smtpRateLimit(), w.mails(), b.policy(), 100 * pipeline / b.policy());
        line("");
    }

    /** The bounds of the pipeline from the work per plan and the primitives' rates (benchmarks/README.md). */
    private record Bounds(double kafka, double smtp, double best, String busiest, double serial, double serialWithReads,
            double policy) {
    }

    private Bounds bounds() {
        WorkPerPlan w = r.work;
        double kafka = w.hops() / r.kafkaPerSecond();
        double smtp = w.mails() / r.smtpPerSecond();
        double writes = w.totalWrites() / r.storeUpdatesPerSecond();
        double reads = w.totalReads() / r.storeReadsPerSecond();
        double busiestSeconds = kafka;
        String busiest = "Kafka";
        for (ServiceName service : ServiceName.values()) {
            double store = w.writes(service) / r.storeUpdatesPerSecond() + w.reads(service) / r.storeReadsPerSecond();
            if (store > busiestSeconds) {
                busiestSeconds = store;
                busiest = service.storeName();
            }
        }
        if (smtp > busiestSeconds) {
            busiestSeconds = smtp;
            busiest = "SMTP";
        }
        return new Bounds(kafka, smtp, 1 / busiestSeconds, busiest, 1 / (kafka + writes + smtp),
                1 / (kafka + writes + reads + smtp), r.options.smtpRateLimit() / w.mails());
    }

    private void work() {
        if (r.work == null) {
            return;
        }
        WorkPerPlan w = r.work;
        line("#### Work per plan, as the services counted it (saturated run; pollers' empty claims and idle reads taken out)");
        line("");
        line("| service | HTTP requests | events published | records consumed (handled) | insert | update | findAndModify | find | count | aggregate | pollers' empty claims /s |");
        line("|---|---|---|---|---|---|---|---|---|---|---|");
        for (ServiceName s : ServiceName.values()) {
            line("| %s | %.2f | %.2f | %.2f (%.2f) | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f |", s.processName(),
                    w.httpRequests(s), w.published(s), w.consumed(s), w.handled(s), w.storeCommands(s, "insert"),
                    w.storeCommands(s, "update"), w.storeCommands(s, "findAndModify"), w.storeCommands(s, "find"),
                    w.storeCommands(s, "count"), w.storeCommands(s, "aggregate"), w.emptyClaimsPerSecond(s));
        }
        line("");
    }

    private void cpu() {
        if (r.cpu.isEmpty() || r.saturated == null) {
            return;
        }
        double total = r.cpu.stream().mapToDouble(Results.CpuUse::seconds).sum() + r.harnessCpuSeconds;
        double plans = r.saturated.plans();
        double wall = r.saturated.result().elapsed().toMillis() / 1000.0;
        line("#### CPU during the saturated run (%.0f s wall, %.0f CPU-s of %.0f available on %d cores)", wall, total,
                wall * r.machine.cores(), r.machine.cores());
        line("");
        line("| process | CPU s | ms CPU per plan | share |");
        line("|---|---|---|---|");
        for (Results.CpuUse use : r.cpu) {
            line("| %s | %.1f | %.1f | %.0f %% |", use.process(), use.seconds(), 1000 * use.seconds() / plans,
                    100 * use.seconds() / total);
        }
        line("| benchmark clients (this program) | %.1f | %.1f | %.0f %% |", r.harnessCpuSeconds,
                1000 * r.harnessCpuSeconds / plans, 100 * r.harnessCpuSeconds / total);
        line("");
    }

    private void api() {
        if (r.api.isEmpty()) {
            return;
        }
        line("#### API (closed loop over loopback, Java HttpClient; %s)", r.apiPlansNote);
        line("");
        line("| endpoint | clients | requests | req/s | p50 ms | p99 ms | errors |");
        line("|---|---|---|---|---|---|---|");
        for (ApiLoad.Result a : r.api) {
            line("| `%s` | %d | %d | %.0f | %.1f | %.1f | %d |", a.endpoint(), a.clients(), a.requests(), a.perSecond(),
                    a.millis().p50(), a.millis().p99(), a.errors());
        }
        line("");
    }

    private void services() {
        line("#### Services: start-up and resident memory");
        line("");
        line("| service | ready after (process start → readiness 200) | Boot says | RSS idle | RSS after the run | peak RSS | heap used / committed, non-heap used (after) | threads |");
        line("|---|---|---|---|---|---|---|---|");
        for (Results.ServiceFigures s : r.services) {
            line("| %s | %s | %s | %.0f MiB | %.0f MiB | %.0f MiB | %.0f / %.0f, %.0f MiB | %d |", s.name(), readiness(s),
                    s.bootSays(), s.rssIdleMiB(), s.rssAfterMiB(), s.peakRssMiB(), s.heapUsedMiB(),
                    s.heapCommittedMiB(), s.nonHeapMiB(), s.threads());
        }
        line("");
    }

    private void goals() {
        if (r.saturated == null || r.work == null || !r.hasPrimitives()) {
            return;
        }
        double ratio = r.saturated.result().throughput() / bounds().best();
        line("#### Goals");
        line("");
        line("| goal | measured | |");
        line("|---|---|---|");
        line("| pipeline ≥ 50 %% of the best bound | %.1f %% | %s |", 100 * ratio, ratio >= 0.5 ? "met" : "**short**");
        if (r.paced != null) {
            double p99 = r.paced.approvalToMail().p99();
            line("| approval → mail p99 < 1 s at half the maximum throughput | %.2f s | %s |", p99 / 1000,
                    p99 < 1000 ? "met" : "**short**");
        }
        if (r.notices != null) {
            boolean exact = r.notices.lost() == 0 && r.notices.doubled() == 0;
            line("| no notice lost or doubled | %d lost, %d doubled | %s |", r.notices.lost(), r.notices.doubled(),
                    exact ? "met" : "**short**");
        }
        for (Results.ServiceFigures s : r.services) {
            if (!Double.isNaN(s.readySeconds())) {
                line("| %s ready < 10 s | %.1f s | %s |", s.name(), s.readySeconds(),
                        s.readySeconds() < 10 ? "met" : "**short**");
            }
            double rss = Math.max(s.rssAfterMiB(), s.peakRssMiB());
            line("| %s < 512 MB resident | %.0f MiB (peak) | %s |", s.name(), rss, rss * 1.048576 < 512 ? "met" : "**short**");
        }
        line("");
        line("Wall times on a shared 2-core machine are reported, not judged: see the load averages above.");
        line("");
    }

    private void profiles() {
        for (Map.Entry<String, JfrProfile.Summary> entry : r.profiles.entrySet()) {
            JfrProfile.Summary p = entry.getValue();
            line("#### JFR profile of %s during the saturated run (%d execution samples)", p.process(), p.samples());
            line("");
            line("| self (top frame) | samples | | inclusive (on the stack) | samples |");
            line("|---|---|---|---|---|");
            int rows = Math.max(p.self().size(), p.inclusive().size());
            for (int i = 0; i < rows; i++) {
                Map.Entry<String, Integer> self = i < p.self().size() ? p.self().get(i) : null;
                Map.Entry<String, Integer> incl = i < p.inclusive().size() ? p.inclusive().get(i) : null;
                line("| %s | %s | | %s | %s |", self == null ? "" : "`" + self.getKey() + "`",
                        self == null ? "" : percent(self.getValue(), p.samples()),
                        incl == null ? "" : "`" + incl.getKey() + "`",
                        incl == null ? "" : percent(incl.getValue(), p.samples()));
            }
            line("");
        }
    }

    private static String readiness(Results.ServiceFigures s) {
        return Double.isNaN(s.readySeconds()) ? "— (attached: not started here)"
                : String.format(Locale.ROOT, "%.1f s", s.readySeconds());
    }

    /** "a /s | b /s" for the before and after columns ("—" where a run is missing). */
    private static String rates(java.util.List<Double> perSecond) {
        String before = perSecond.size() > 0 ? String.format(Locale.ROOT, "%,.0f /s", perSecond.get(0)) : "—";
        String after = perSecond.size() > 1 ? String.format(Locale.ROOT, "%,.0f /s", perSecond.get(1)) : "—";
        return before + " | " + after;
    }

    private static String percent(int count, int total) {
        return String.format(Locale.ROOT, "%d (%.0f %%)", count, 100.0 * count / Math.max(1, total));
    }

    private static String load(LoadSampler.Load load) {
        return load == null ? "—" : String.format(Locale.ROOT, "%.1f–%.1f (mean %.1f)", load.min(), load.max(), load.mean());
    }

    private static String dist4(Distribution d) {
        return d.count() == 0 ? "—" : String.format(Locale.ROOT, "%s / %s / %s / %s", s(d.p50()), s(d.p95()),
                s(d.p99()), s(d.max()));
    }

    private static String dist2(Distribution d) {
        return d.count() == 0 ? "—" : s(d.p50()) + " / " + s(d.p99());
    }

    /** Milliseconds as seconds when long, else as milliseconds. */
    private static String s(double millis) {
        return millis >= 1000 ? String.format(Locale.ROOT, "%.2f s", millis / 1000)
                : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    private void line(String format, Object... arguments) {
        md.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }
}
