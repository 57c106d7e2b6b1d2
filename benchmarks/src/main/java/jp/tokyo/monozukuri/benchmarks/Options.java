package jp.tokyo.monozukuri.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The benchmark's command line. */
record Options(
        Path repo,
        StackMode stack,
        Path data,
        int portsOffset,
        int plans,
        int pacedPlans,
        int warmUpPlans,
        int submitters,
        int deciders,
        Map<String, List<String>> jvmOptions,
        Map<String, List<String>> serviceArguments,
        List<String> profile,
        int apiSeconds,
        int apiRequests,
        int primitiveSeconds,
        int smtpRateLimit,
        int timeoutSeconds,
        int readyTimeoutSeconds,
        Path out,
        Path doc,
        String label,
        String commit,
        boolean keepData,
        boolean registerRecipients,
        boolean classDataSharing) {

    enum StackMode {
        /** the launcher starts everything, the four services at once (as a developer runs it) */
        LAUNCH,
        /** the launcher starts the infrastructure; the benchmark starts each service alone, with any extras */
        BY_HAND,
        /** a stack already running at the offset; {@code --data} names its data folder */
        ATTACH
    }

    static final String USAGE = """
            Usage: java -jar benchmarks/target/benchmarks.jar [options]
              --repo DIR              repository root with the built jars (default: .)
              --stack MODE            launch (default) | by-hand | attach
              --data DIR              the stack's data folder (default: a new temporary folder; required with attach)
              --ports-offset N        port offset of the stack (default 400)
              --plans N               plans in the saturated run (default 500)
              --paced-plans N         plans in the run paced at half the measured throughput (default plans/4, >= 20)
              --warm-up-plans N       plans sent through first and not measured (default 20)
              --submitters N          municipality clients creating and submitting plans (default 4)
              --deciders N            reviewer/approver clients (default 4)
              --jvm-option SVC=OPT    extra JVM option for a service (by-hand; repeatable)
              --service-arg SVC=ARG   extra argument for a service, e.g. a property (by-hand; repeatable)
              --profile P[,P]         JFR profile of these processes (names of the launcher's table) during the run
              --api-seconds N         time limit per API load level (default 10)
              --api-requests N        request limit per API load level (default 3000)
              --primitive-seconds N   measuring time per primitive (default 8)
              --smtp-rate-limit N     notification-service's resilience4j smtp limit-for-period per second (default 20)
              --timeout-seconds N     limit for each pipeline run (default 1200)
              --ready-timeout N       seconds the stack, and each service by hand, may take to be ready (default 900)
              --out DIR               where results go (default: benchmarks/target/benchmark-<run>)
              --doc FILE              also write the results into FILE between the results markers
              --label TEXT            what this run is (baseline, a proposed fix, ...)
              --commit SHA            the commit measured (default: git rev-parse HEAD in --repo)
              --no-cds                start the services from their jars as built, without class data sharing
                                      archives (the launcher's --no-cds): the baseline of the start-up times
              --no-cds                start the services from their jars as built, without class data sharing
                                      archives (the launcher's --no-cds): the baseline of the start-up times
              --keep-data             keep a temporary data folder
              --no-recipient-setup    do not add the benchmark's mailboxes to the recipients first (shows the race
                                      of a municipality's first notices with its contact's registration)
            """;

    static Options parse(String[] args) {
        Path repo = Path.of(".");
        StackMode stack = StackMode.LAUNCH;
        Path data = null;
        int portsOffset = 400;
        int plans = 500;
        Integer pacedPlans = null;
        int warmUpPlans = 20;
        int submitters = 4;
        int deciders = 4;
        Map<String, List<String>> jvmOptions = new HashMap<>();
        Map<String, List<String>> serviceArguments = new HashMap<>();
        List<String> profile = new ArrayList<>();
        int apiSeconds = 10;
        int apiRequests = 3000;
        int primitiveSeconds = 8;
        int smtpRateLimit = 20;
        int timeoutSeconds = 1200;
        int readyTimeoutSeconds = 900;
        Path out = null;
        Path doc = null;
        String label = "";
        String commit = null;
        boolean keepData = false;
        boolean registerRecipients = true;
        boolean classDataSharing = true;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--keep-data")) {
                keepData = true;
                continue;
            }
            if (option.equals("--no-cds")) {
                classDataSharing = false;
                continue;
            }
            if (option.equals("--no-recipient-setup")) {
                registerRecipients = false;
                continue;
            }
            if (option.equals("--help")) {
                throw new IllegalArgumentException("");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--repo" -> repo = Path.of(value);
                case "--stack" -> stack = StackMode.valueOf(value.toUpperCase().replace('-', '_'));
                case "--data" -> data = Path.of(value);
                case "--ports-offset" -> portsOffset = Integer.parseInt(value);
                case "--plans" -> plans = Integer.parseInt(value);
                case "--paced-plans" -> pacedPlans = Integer.parseInt(value);
                case "--warm-up-plans" -> warmUpPlans = Integer.parseInt(value);
                case "--submitters" -> submitters = Integer.parseInt(value);
                case "--deciders" -> deciders = Integer.parseInt(value);
                case "--jvm-option" -> addTo(jvmOptions, value, option);
                case "--service-arg" -> addTo(serviceArguments, value, option);
                case "--profile" -> profile.addAll(List.of(value.split(",")));
                case "--api-seconds" -> apiSeconds = Integer.parseInt(value);
                case "--api-requests" -> apiRequests = Integer.parseInt(value);
                case "--primitive-seconds" -> primitiveSeconds = Integer.parseInt(value);
                case "--smtp-rate-limit" -> smtpRateLimit = Integer.parseInt(value);
                case "--timeout-seconds" -> timeoutSeconds = Integer.parseInt(value);
                case "--ready-timeout" -> readyTimeoutSeconds = Integer.parseInt(value);
                case "--out" -> out = Path.of(value);
                case "--doc" -> doc = Path.of(value);
                case "--label" -> label = value;
                case "--commit" -> commit = value;
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (stack == StackMode.ATTACH && data == null) {
            throw new IllegalArgumentException("--stack attach needs --data (the running stack's data folder)");
        }
        if (stack != StackMode.BY_HAND && (!jvmOptions.isEmpty() || !serviceArguments.isEmpty())) {
            throw new IllegalArgumentException("--jvm-option and --service-arg need --stack by-hand");
        }
        if (plans < 1 || warmUpPlans < 1) {
            throw new IllegalArgumentException("--plans and --warm-up-plans must be at least 1");
        }
        int paced = pacedPlans != null ? pacedPlans : Math.max(20, plans / 4);
        return new Options(repo.toAbsolutePath().normalize(), stack, data, portsOffset, plans, paced, warmUpPlans,
                submitters, deciders, jvmOptions, serviceArguments, profile, apiSeconds, apiRequests, primitiveSeconds,
                smtpRateLimit, timeoutSeconds, readyTimeoutSeconds, out, doc, label, commit, keepData, registerRecipients,
                classDataSharing);
    }

    private static void addTo(Map<String, List<String>> extras, String value, String option) {
        int equals = value.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException(option + " takes SERVICE=VALUE, e.g. notification-service=-Xmx256m");
        }
        extras.computeIfAbsent(value.substring(0, equals), k -> new ArrayList<>()).add(value.substring(equals + 1));
    }
}
