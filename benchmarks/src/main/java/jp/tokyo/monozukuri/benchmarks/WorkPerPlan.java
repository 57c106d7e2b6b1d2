package jp.tokyo.monozukuri.benchmarks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The work one plan costs, counted from what the services themselves report over the saturated run (Prometheus
 * counters before and after), divided by the number of plans: store commands by kind and service, events
 * published, Kafka records consumed, HTTP requests served, and the mails the SMTP server received.
 *
 * <p>The pollers are taken out, so that what remains is work caused by plans: every pass of an outbox relay
 * ends with one {@code findAndModify} per outbox collection that finds nothing, and every pass of the notice
 * dispatcher with one; those are subtracted exactly (passes × collections, from the scheduler's own counters).
 * Other background reads (the outbox backlog gauge, the stale-decision check) are subtracted at the rate measured
 * while the stack was idle. What the pollers cost is reported separately, per second.
 */
final class WorkPerPlan {

    /** Store commands that change a document, and those that only read. */
    static final List<String> WRITES = List.of("insert", "update", "findAndModify", "delete");
    static final List<String> READS = List.of("find", "count", "aggregate", "getMore");

    private static final String COMMANDS = "mongodb_driver_commands_seconds_count";
    private static final String SCHEDULED = "tasks_scheduled_execution_seconds_count";

    private final Map<ServiceName, Metrics> during;
    private final Map<ServiceName, Metrics> backgroundReads = new EnumMap<>(ServiceName.class);
    private final Map<ServiceName, Double> emptyClaims = new EnumMap<>(ServiceName.class);
    private final int plans;
    private final double seconds;
    private final double mails;

    /**
     * @param during  per service, counters after the run minus before
     * @param idle    per service, counters over an idle window of {@code idleSeconds}
     * @param seconds length of the run
     */
    WorkPerPlan(Map<ServiceName, Metrics> during, Map<ServiceName, Metrics> idle, double idleSeconds, double seconds,
            int plans, double mails) {
        this.during = during;
        this.plans = plans;
        this.seconds = seconds;
        this.mails = mails / plans;
        for (ServiceName service : ServiceName.values()) {
            Metrics run = during.get(service);
            backgroundReads.put(service, idle.get(service).times(seconds / idleSeconds));
            double relayPasses = run.sum(SCHEDULED, "code_function=\"relayPending\"");
            double dispatcherPasses = run.sum(SCHEDULED, "code_function=\"dispatchDue\"");
            emptyClaims.put(service, relayPasses * outboxCollections(run) + dispatcherPasses);
        }
    }

    /** The collections whose outbox the relay claims from: one backlog gauge each. */
    private static long outboxCollections(Metrics metrics) {
        return metrics.samples().keySet().stream().filter(key -> key.startsWith("outbox_pending{")).count();
    }

    double storeCommands(ServiceName service, String command) {
        double total = during.get(service).sum(COMMANDS, "command=\"" + command + "\"");
        if (command.equals("findAndModify")) {
            total -= emptyClaims.get(service);
        } else if (READS.contains(command)) {
            total -= backgroundReads.get(service).sum(COMMANDS, "command=\"" + command + "\"");
        }
        return Math.max(0, total / plans);
    }

    double writes(ServiceName service) {
        return WRITES.stream().mapToDouble(c -> storeCommands(service, c)).sum();
    }

    double reads(ServiceName service) {
        return READS.stream().mapToDouble(c -> storeCommands(service, c)).sum();
    }

    /** What the pollers did per second of the run: claims that found nothing. */
    double emptyClaimsPerSecond(ServiceName service) {
        return emptyClaims.get(service) / seconds;
    }

    double published(ServiceName service) {
        return during.get(service).sum("outbox_published_total") / plans;
    }

    /** Records the service's consumers fetched, skipped ones included (a topic carries every consumer's events). */
    double consumed(ServiceName service) {
        return during.get(service).sum("kafka_consumer_fetch_manager_records_consumed_total", "topic=\"") / plans;
    }

    double handled(ServiceName service) {
        return during.get(service).sum("events_consumed_total", "outcome=\"handled\"") / plans;
    }

    double httpRequests(ServiceName service) {
        return during.get(service).samples().entrySet().stream()
                .filter(e -> e.getKey().startsWith("http_server_requests_seconds_count{")
                        && !e.getKey().contains("/actuator"))
                .mapToDouble(Map.Entry::getValue).sum() / plans;
    }

    double hops() {
        double hops = 0;
        for (ServiceName service : ServiceName.values()) {
            hops += consumed(service);
        }
        return hops;
    }

    double totalWrites() {
        double writes = 0;
        for (ServiceName service : ServiceName.values()) {
            writes += writes(service);
        }
        return writes;
    }

    double totalReads() {
        double reads = 0;
        for (ServiceName service : ServiceName.values()) {
            reads += reads(service);
        }
        return reads;
    }

    double mails() {
        return mails;
    }
}
