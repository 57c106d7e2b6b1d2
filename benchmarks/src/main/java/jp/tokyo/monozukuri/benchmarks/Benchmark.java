package jp.tokyo.monozukuri.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark (docs/benchmarks.md): starts the local stack (or attaches to one), sends plans through the whole
 * pipeline, measures the primitives it is built from on the same broker, store and SMTP server, derives the best
 * the pipeline could do from the work one plan costs, loads two read endpoints, and writes a Markdown report.
 * A program run on demand, not a test: nothing here passes or fails on wall time.
 */
public final class Benchmark {

    private static final Pattern BOOT_STARTED = Pattern.compile(
            "Started \\S+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
    private static final Duration IDLE_WINDOW = Duration.ofSeconds(10);
    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final int[] API_CLIENTS = {1, 8, 32};

    private final Options options;
    private final Http http = new Http();
    private final StackPorts ports;
    private final Results results = new Results();
    private final String runMarker = "r" + Long.toString(System.currentTimeMillis() / 1000 % 46_656, 36)
            + Long.toString(System.nanoTime() % 1296 + 1296, 36).substring(1);
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final List<ServiceProcess> byHand = new ArrayList<>();
    private LocalStackRun launcher;
    private Path data;
    private Path out;

    private Benchmark(Options options) {
        this.options = options;
        this.ports = new StackPorts(options.portsOffset());
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        new Benchmark(options).run();
    }

    private void run() throws Exception {
        results.label = options.label();
        results.runMarker = runMarker;
        results.date = ZonedDateTime.now(ZoneId.of("Asia/Tokyo"));
        results.commit = options.commit() != null ? options.commit() : Machine.commitOf(options.repo());
        results.machine = Machine.describe();
        results.options = options;
        out = options.out() != null ? options.out() : defaultOut();
        Files.createDirectories(out);
        boolean temporaryData = options.data() == null;
        data = temporaryData ? Files.createTempDirectory("monozukuri-bench-") : options.data().toAbsolutePath();
        log("run %s, results in %s, stack data in %s", runMarker, out, data);
        Thread stopOnInterrupt = new Thread(() -> {
            log("interrupted (SIGINT/SIGTERM): stopping what this run started");
            stopStack();
        }, "benchmark-stop");
        Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
        try (LoadSampler load = new LoadSampler()) {
            startStack(load);
            measure(load);
        } finally {
            stopStack();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // interrupted: the hook is running
            }
            if (temporaryData && !options.keepData()) {
                deleteRecursively(data);
            }
        }
        summariseProfiles();
        String report = new Report(results).render();
        Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
        if (options.doc() != null) {
            Report.replaceResults(options.doc(), report);
        }
        System.out.println(report);
    }

    private void startStack(LoadSampler load) throws Exception {
        Instant begin = Instant.now();
        load.mark();
        String services = options.classDataSharing() ? "; services start from class data sharing archives"
                : "; services start from their jars as built (--no-cds)";
        switch (options.stack()) {
            case LAUNCH -> {
                results.stackMode = "launcher starts all (the four services at once)" + services;
                launcher = LocalStackRun.start(options.repo(), data, options.portsOffset(), false,
                        options.classDataSharing(), Duration.ofSeconds(options.readyTimeoutSeconds()), out.resolve("launcher.log"));
                pids.putAll(launcher.pids());
            }
            case BY_HAND -> {
                results.stackMode = "launcher starts the infrastructure; each service started alone, one after the other"
                        + (options.jvmOptions().isEmpty() && options.serviceArguments().isEmpty() ? ""
                        : "; extras " + options.jvmOptions() + " " + options.serviceArguments()) + services;
                launcher = LocalStackRun.start(options.repo(), data, options.portsOffset(), true,
                        options.classDataSharing(), Duration.ofSeconds(options.readyTimeoutSeconds()), out.resolve("launcher.log"));
                pids.putAll(launcher.pids());
                for (ServiceName service : ServiceName.values()) {
                    String name = service.processName();
                    List<String> arguments = new ArrayList<>(launcher.serviceArguments(name));
                    arguments.addAll(options.serviceArguments().getOrDefault(name, List.of()));
                    ServiceProcess process = ServiceProcess.start(options.repo(), name, options.classDataSharing(),
                            options.jvmOptions().getOrDefault(name, List.of()), arguments,
                            data.resolve("logs").resolve(name + ".bench.log"));
                    byHand.add(process);
                    process.awaitReady(http, ports.managementUri(service), Duration.ofSeconds(options.readyTimeoutSeconds()));
                    pids.put(name, process.pid());
                    log("%s ready in %.1f s", name, seconds(process.started(), process.ready()));
                }
            }
            case ATTACH -> {
                results.stackMode = "attached to a running stack";
                attach();
            }
        }
        results.stackStartSeconds = seconds(begin, Instant.now());
        results.startLoad = load.mark();
        log("stack ready after %.1f s; processes %s", results.stackStartSeconds, pids);
        Thread.sleep(IDLE_WINDOW.toMillis());
        for (ServiceName service : ServiceName.values()) {
            String name = service.processName();
            long pid = pids.get(name);
            results.services.add(new Results.ServiceFigures(name, pid, readySeconds(name, pid), bootSays(name),
                    Proc.rssMiB(pid), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0));
        }
    }

    private void attach() {
        Map<String, Integer> listening = new LinkedHashMap<>();
        listening.put("kafka", ports.kafka());
        for (ServiceName service : ServiceName.values()) {
            listening.put(service.storeName(), ports.store(service));
        }
        listening.put("mail", ports.smtp());
        listening.put("token-issuer", ports.tokenIssuer());
        for (ServiceName service : ServiceName.values()) {
            listening.put(service.processName(), ports.http(service));
        }
        listening.forEach((name, port) -> {
            OptionalLong pid = Proc.pidListeningOn(port);
            if (pid.isEmpty()) {
                throw new IllegalStateException("nothing listens on " + port + " (" + name + "): is the stack running "
                        + "with --ports-offset " + options.portsOffset() + "?");
            }
            pids.put(name, pid.getAsLong());
        });
    }

    private double readySeconds(String name, long pid) {
        for (ServiceProcess process : byHand) {
            if (process.name().equals(name)) {
                return seconds(process.started(), process.ready());
            }
        }
        if (launcher != null && launcher.readyAt(name) != null) {
            return seconds(Proc.startTime(pid), launcher.readyAt(name));
        }
        return Double.NaN;
    }

    /** Boot's own "Started … in X seconds (process running for Y)", from the last start in the service's log. */
    private String bootSays(String name) {
        Path log = data.resolve("logs").resolve(name + (options.stack() == Options.StackMode.BY_HAND ? ".bench.log" : ".log"));
        try {
            String last = null;
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                Matcher m = BOOT_STARTED.matcher(line);
                if (m.find()) {
                    last = "%s s (JVM up %s s)".formatted(m.group(1), m.group(2));
                }
            }
            return last == null ? "not in log" : last;
        } catch (IOException | UncheckedIOException e) {
            return "no log";
        }
    }

    private void measure(LoadSampler load) throws Exception {
        Tokens tokens = new Tokens(http, ports);
        PlanRequests requests = new PlanRequests(runMarker, firstFreeFiscalYear(tokens));
        MailWatcher mails = new MailWatcher(data.resolve("mail"), runMarker);
        Pipeline pipeline = new Pipeline(http, tokens, ports, requests, mails, options.submitters(), options.deciders());
        Duration timeout = Duration.ofSeconds(options.timeoutSeconds());

        if (options.registerRecipients()) {
            registerRecipients(tokens);
        } else {
            results.notes.add("recipients were NOT registered beforehand (--no-recipient-setup): each municipality's "
                    + "first notices race with the registration of its contact by plan.submitted");
        }
        log("warm-up: %d plans", options.warmUpPlans());
        Pipeline.Result warmUp = pipeline.run(0, options.warmUpPlans(), 0, timeout);
        log("warm-up: %d of %d complete in %.1f s", warmUp.completedCount(), options.warmUpPlans(),
                warmUp.elapsed().toMillis() / 1000.0);
        if (warmUp.completedCount() == 0) {
            throw new IllegalStateException("no plan got through the warm-up: " + warmUp.plans().get(0).failure);
        }

        load.mark();
        measurePrimitives(requests, "before");
        results.primitivesLoads.add(load.mark());

        Map<ServiceName, Metrics> idleBefore = scrapeAll();
        Thread.sleep(IDLE_WINDOW.toMillis());
        Map<ServiceName, Metrics> idleAfter = scrapeAll();

        int first = options.warmUpPlans();
        Map<String, Double> cpuBefore = cpuOfAll();
        double harnessCpuBefore = Proc.cpuSeconds(ProcessHandle.current().pid());
        Map<ServiceName, Metrics> before = scrapeAll();
        List<JfrProfile> profiles = startProfiles();
        load.mark();
        log("saturated: %d plans as fast as %d submitters and %d deciders go", options.plans(), options.submitters(),
                options.deciders());
        Pipeline.Result saturated = pipeline.run(first, options.plans(), 0, timeout);
        LoadSampler.Load saturatedLoad = load.mark();
        Map<ServiceName, Metrics> after = scrapeAll();
        Map<String, Double> cpuAfter = cpuOfAll();
        results.harnessCpuSeconds = Proc.cpuSeconds(ProcessHandle.current().pid()) - harnessCpuBefore;
        stopProfiles(profiles);
        cpuBefore.forEach((name, cpu) -> results.cpu.add(new Results.CpuUse(name, cpuAfter.get(name) - cpu)));
        results.cpu.sort(Comparator.comparingDouble(Results.CpuUse::seconds).reversed());
        results.saturated = phase("saturated", 0, saturated, mails, saturatedLoad);
        log("saturated: %d complete, %.2f plans/s (steady %.2f)", saturated.completedCount(), saturated.throughput(),
                saturated.steadyThroughput());
        Map<ServiceName, Metrics> during = new EnumMap<>(ServiceName.class);
        Map<ServiceName, Metrics> idle = new EnumMap<>(ServiceName.class);
        for (ServiceName service : ServiceName.values()) {
            during.put(service, after.get(service).minus(before.get(service)));
            idle.put(service, idleAfter.get(service).minus(idleBefore.get(service)));
        }
        results.work = new WorkPerPlan(during, idle, IDLE_WINDOW.toMillis() / 1000.0,
                (saturated.lastCompletion() - saturated.firstStart()) / 1000.0, options.plans(),
                mails.mailsOf(first, first + options.plans()));

        load.mark();
        measurePrimitives(requests, "after");
        results.primitivesLoads.add(load.mark());

        double rate = saturated.throughput() / 2;
        if (rate > 0) {
            load.mark();
            log("paced: %d plans at %.2f plans/s (half the saturated throughput)", options.pacedPlans(), rate);
            Pipeline.Result paced = pipeline.run(first + options.plans(), options.pacedPlans(), rate, timeout);
            results.paced = phase("paced at half the throughput", rate, paced, mails, load.mark());
        } else {
            results.notes.add("no plan completed in the saturated run: the paced run was skipped");
        }

        Thread.sleep(GRACE.toMillis());
        mails.scan();
        int total = first + options.plans() + (results.paced == null ? 0 : options.pacedPlans());
        results.notices = countNotices(mails, total, tokens);

        load.mark();
        loadApi(tokens, requests);
        results.apiLoad = load.mark();
        List<Results.ServiceFigures> withAfter = new ArrayList<>();
        for (Results.ServiceFigures s : results.services) {
            Metrics jvm = Metrics.scrape(http, ports.managementUri(ServiceName.valueOf(
                    s.name().replace("-service", "").toUpperCase(Locale.ROOT))));
            double mib = 1024 * 1024;
            withAfter.add(new Results.ServiceFigures(s.name(), s.pid(), s.readySeconds(), s.bootSays(), s.rssIdleMiB(),
                    Proc.rssMiB(s.pid()), Proc.peakRssMiB(s.pid()),
                    jvm.sum("jvm_memory_used_bytes", "area=\"heap\"") / mib,
                    jvm.sum("jvm_memory_committed_bytes", "area=\"heap\"") / mib,
                    jvm.sum("jvm_memory_used_bytes", "area=\"nonheap\"") / mib,
                    (int) jvm.sum("jvm_threads_live_threads")));
        }
        results.services.clear();
        results.services.addAll(withAfter);
    }

    /**
     * Adds each municipality's benchmark mailbox to its recipients before any plan goes, as Tokyo's staff keep the
     * lists: notification-service otherwise learns a municipality's first address from its first
     * {@code plan.submitted}, and an approval event of that plan consumed before it (another topic) finds nobody
     * to notify.
     */
    private void registerRecipients(Tokens tokens) {
        String recipients = ports.baseUri(ServiceName.NOTIFICATION) + "/api/recipients/";
        for (Municipality municipality : Municipalities.tokyo()) {
            String code = municipality.code();
            Http.Response current = http.get(recipients + code, tokens.admin());
            List<String> addresses = new ArrayList<>();
            if (current.status() == 200) {
                current.json().get("addresses").forEach(address -> addresses.add(address.asString()));
            }
            if (!addresses.contains(PlanRequests.contactOf(code))) {
                addresses.add(PlanRequests.contactOf(code));
                http.put(recipients + code, tokens.admin(), Json.write(Map.of("addresses", addresses)))
                        .expect(200, "recipients of " + code);
            }
        }
    }

    /** The year after the last one any stored plan covers (a fresh stack: the program's first year). */
    private int firstFreeFiscalYear(Tokens tokens) {
        int latest = PlanRequests.PROGRAM_FIRST_FISCAL_YEAR - 1;
        for (int page = 0; ; page++) {
            JsonNode body = http.get(ports.baseUri(ServiceName.PLAN) + "/api/plans?size=100&page=" + page, tokens.admin())
                    .expect(200, "plans").json();
            for (JsonNode plan : body.get("items")) {
                latest = Math.max(latest, plan.get("endFiscalYear").asInt());
            }
            if (page + 1 >= body.get("totalPages").asInt()) {
                return latest + 1;
            }
        }
    }

    private Results.PipelinePhase phase(String name, double rate, Pipeline.Result result, MailWatcher mails,
            LoadSampler.Load load) {
        List<Double> approvalToMail = new ArrayList<>();
        List<Double> endToEnd = new ArrayList<>();
        List<Double> submitToReceipt = new ArrayList<>();
        for (Pipeline.PlanRun plan : result.plans()) {
            Instant approvedMail = mails.arrival(plan.sequence, MailWatcher.Notice.APPROVED);
            if (plan.approved > 0 && approvedMail != null) {
                approvalToMail.add((double) (approvedMail.toEpochMilli() - plan.approved));
            }
            if (plan.completed != null) {
                endToEnd.add((double) (plan.completed.toEpochMilli() - plan.createStarted));
            }
            Instant receipt = mails.arrival(plan.sequence, MailWatcher.Notice.RECEIVED);
            if (plan.submitted > 0 && receipt != null) {
                submitToReceipt.add((double) (receipt.toEpochMilli() - plan.submitted));
            }
        }
        return new Results.PipelinePhase(name, result.plans().size(), rate, result,
                Distribution.ofMillis(approvalToMail), Distribution.ofMillis(endToEnd),
                Distribution.ofMillis(submitToReceipt), load);
    }

    private void measurePrimitives(PlanRequests requests, String when) throws Exception {
        Duration warmUp = Duration.ofSeconds(2);
        Duration duration = Duration.ofSeconds(options.primitiveSeconds());
        String marker = runMarker + "-" + when;
        log("primitive (%s the pipeline): Kafka produce→consume round trips", when);
        results.kafkaRuns.add(new KafkaRoundTrips("localhost:" + ports.kafka(), marker).measure(warmUp, duration,
                100_000));
        log("primitive (%s the pipeline): store single-document updates on %s", when, ServiceName.PLAN.storeName());
        results.storeRuns.add(new StoreUpdates("mongodb://localhost:" + ports.store(ServiceName.PLAN), marker,
                requests.createRequest(0)).measure(warmUp, duration));
        log("primitive (%s the pipeline): SMTP sends", when);
        results.smtpRuns.add(new SmtpSends(ports.smtp(), aNoticeMail()).measure(warmUp, duration));
    }

    private Path aNoticeMail() throws IOException {
        try (Stream<Path> files = Files.walk(data.resolve("mail"), 2)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml")
                    && f.getParent().getFileName().toString().startsWith("bench-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no notice mail to take as the SMTP sample"));
        }
    }

    private Results.NoticeCount countNotices(MailWatcher mails, int plans, Tokens tokens) {
        int expected = 0;
        int received = 0;
        int lost = 0;
        int doubled = 0;
        for (int sequence = 0; sequence < plans; sequence++) {
            for (MailWatcher.Notice notice : MailWatcher.Notice.expected()) {
                int count = mails.count(sequence, notice);
                expected++;
                received += count;
                lost += count == 0 ? 1 : 0;
                doubled += Math.max(0, count - 1);
            }
            doubled += mails.count(sequence, MailWatcher.Notice.OTHER);
        }
        String notices = ports.baseUri(ServiceName.NOTIFICATION) + "/api/notifications?size=1&status=";
        return new Results.NoticeCount(plans, expected, received, lost, doubled, mails.unmatched(),
                total(notices + "SENT", tokens), total(notices + "PENDING", tokens), total(notices + "FAILED", tokens));
    }

    private long total(String uri, Tokens tokens) {
        return http.get(uri, tokens.admin()).expect(200, uri).json().get("totalItems").asLong();
    }

    private void loadApi(Tokens tokens, PlanRequests requests) throws InterruptedException {
        ApiLoad api = new ApiLoad(http);
        Duration warmUp = Duration.ofSeconds(2);
        Duration limit = Duration.ofSeconds(options.apiSeconds());
        int summaryYear = requests.firstPeriodEnd();
        String plans = ports.baseUri(ServiceName.PLAN) + "/api/plans?page=0&size=20";
        String summary = ports.baseUri(ServiceName.GRANT) + "/api/grants/summary?fiscalYear=" + summaryYear;
        long planCount = http.get(plans, tokens.admin()).expect(200, "plans").json().get("totalItems").asLong();
        int grants = http.get(summary, tokens.admin()).expect(200, "summary").json().get("total").get("grants").asInt();
        results.apiPlansNote = "ADMIN token; %d plans in the store, first page of 20; summary of FY%d over %d grants"
                .formatted(planCount, summaryYear, grants);
        for (int clients : API_CLIENTS) {
            log("API: GET /api/plans with %d clients", clients);
            results.api.add(api.run("GET /api/plans?page=0&size=20", () -> plans, tokens.admin(), clients, warmUp,
                    limit, options.apiRequests()));
        }
        for (int clients : API_CLIENTS) {
            log("API: GET /api/grants/summary with %d clients", clients);
            results.api.add(api.run("GET /api/grants/summary?fiscalYear=" + summaryYear, () -> summary,
                    tokens.admin(), clients, warmUp, limit, options.apiRequests()));
        }
    }

    private Map<ServiceName, Metrics> scrapeAll() {
        Map<ServiceName, Metrics> all = new EnumMap<>(ServiceName.class);
        for (ServiceName service : ServiceName.values()) {
            all.put(service, Metrics.scrape(http, ports.managementUri(service)));
        }
        return all;
    }

    private Map<String, Double> cpuOfAll() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        pids.forEach((name, pid) -> cpu.put(name, Proc.cpuSeconds(pid)));
        return cpu;
    }

    private List<JfrProfile> startProfiles() {
        List<JfrProfile> profiles = new ArrayList<>();
        for (String process : options.profile()) {
            Long pid = pids.get(process);
            if (pid == null) {
                results.notes.add("no process named " + process + " to profile (names: " + pids.keySet() + ")");
                continue;
            }
            JfrProfile profile = new JfrProfile(process, pid, out.resolve(process + ".jfr"));
            try {
                profile.start();
                profiles.add(profile);
            } catch (IOException | RuntimeException e) {
                results.notes.add("could not profile " + process + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return profiles;
    }

    private void stopProfiles(List<JfrProfile> profiles) {
        for (JfrProfile profile : profiles) {
            try {
                profile.stop();
            } catch (IOException | RuntimeException e) {
                results.notes.add("could not stop a profile: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void summariseProfiles() {
        for (String process : options.profile()) {
            Path file = out.resolve(process + ".jfr");
            if (Files.exists(file)) {
                try {
                    results.profiles.put(process, new JfrProfile(process, 0, file).summarise(20));
                } catch (IOException e) {
                    results.notes.add("could not read " + file + ": " + e.getMessage());
                }
            }
        }
    }

    private synchronized void stopStack() {
        for (int i = byHand.size() - 1; i >= 0; i--) {
            byHand.get(i).close();
        }
        byHand.clear();
        if (launcher != null) {
            log("stopping the stack (SIGTERM to the launcher)");
            launcher.close();
            launcher = null;
        }
    }

    private Path defaultOut() {
        Path location = Optional.ofNullable(Benchmark.class.getProtectionDomain().getCodeSource())
                .map(source -> Path.of(java.net.URI.create(source.getLocation().toString())))
                .orElse(Path.of("target", "classes"));
        return location.getParent().resolve("benchmark-" + runMarker);
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    static void log(String format, Object... arguments) {
        System.err.printf(Locale.ROOT, "[benchmark %tT] %s%n", System.currentTimeMillis(),
                String.format(Locale.ROOT, format, arguments));
    }
}
