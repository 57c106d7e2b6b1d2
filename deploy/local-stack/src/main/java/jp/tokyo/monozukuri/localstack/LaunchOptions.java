package jp.tokyo.monozukuri.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The launcher's command line. An option is one entry of {@link #OPTIONS}: a name, an argument name if it
 * takes one, a help line and what it sets.
 *
 * @param dataDir      everything that survives a restart: stores, broker log, mail, signing key, logs
 * @param repo         repository root holding the service jars; empty means "found from the launcher's jar"
 * @param onlyInfra    start everything but the four services (for running them from an IDE)
 * @param ports        every port, shifted by {@code --ports-offset} to run a second stack beside the first
 * @param readyTimeout how long the infrastructure, and then the services, may take to become ready
 * @param clock        what the services' clocks read when the launcher starts (they run on from there); empty
 *                     for the real time
 * @param demo         once everything is ready, load the approvals of 2014-03-13 through the APIs
 * @param classDataSharing start the services from class data sharing archives ({@link ClassDataArchive})
 */
record LaunchOptions(Path dataDir, Optional<Path> repo, boolean onlyInfra, Ports ports, Duration readyTimeout,
        Optional<OffsetDateTime> clock, boolean demo, boolean classDataSharing, boolean help) {

    static final String DATA_ENV = "LOCAL_STACK_DATA";
    static final Path DEFAULT_DATA = Path.of(".local");
    static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);
    /** The morning of the press release: the demo's approvals, round and notices are dated as the source is. */
    static final OffsetDateTime DEMO_CLOCK = OffsetDateTime.parse("2014-03-13T09:00:00+09:00");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** Mutable while the command line is read; an option's handler sets its field. */
    private static final class Builder {
        Path dataDir;
        Path repo;
        boolean onlyInfra;
        int portsOffset;
        Duration readyTimeout = DEFAULT_READY_TIMEOUT;
        OffsetDateTime clock;
        boolean demo;
        boolean classDataSharing = true;
        boolean help;
    }

    @FunctionalInterface
    private interface Setter {
        void apply(Builder builder, String value) throws UsageException;
    }

    /** @param argument the value's name in the usage text; null for a flag */
    private record Option(String argument, String help, Setter setter) {
    }

    private static final Map<String, Option> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("--data", new Option("DIR",
                "data and logs, kept across restarts (default ./.local, or $" + DATA_ENV + ")",
                (b, value) -> b.dataDir = Path.of(value)));
        OPTIONS.put("--only-infra", new Option(null,
                "start Kafka, the stores, mail and the token issuer, but not the four services",
                (b, value) -> b.onlyInfra = true));
        OPTIONS.put("--repo", new Option("DIR",
                "repository root holding <x>-service/target/<x>-service.jar (default: found from this jar)",
                (b, value) -> b.repo = Path.of(value)));
        OPTIONS.put("--ports-offset", new Option("N",
                "add N to every port, to run a second stack beside the first (default 0)",
                (b, value) -> b.portsOffset = integer("--ports-offset", value)));
        OPTIONS.put("--ready-timeout", new Option("SECONDS",
                "how long the infrastructure, then the services, may take to become ready (default "
                        + DEFAULT_READY_TIMEOUT.toSeconds() + ")",
                (b, value) -> b.readyTimeout = Duration.ofSeconds(positive("--ready-timeout", value))));
        OPTIONS.put("--clock", new Option("DATETIME",
                "the services' clocks read DATETIME (2014-03-13T09:00+09:00, or a date for 09:00 Tokyo time) when "
                        + "the launcher starts, and run on from there (default: the real time)",
                (b, value) -> b.clock = dateTime("--clock", value)));
        OPTIONS.put("--demo", new Option(null,
                "once ready, load the approvals of 2014-03-13 through the APIs (implies --clock "
                        + DEMO_CLOCK.toLocalDate() + " unless given)",
                (b, value) -> b.demo = true));
        OPTIONS.put("--no-cds", new Option(null,
                "start the services from their jars as built, without preparing class data sharing archives "
                        + "(by default the first start after a build prepares them, and every later start is faster)",
                (b, value) -> b.classDataSharing = false));
        OPTIONS.put("--help", new Option(null, "print this help", (b, value) -> b.help = true));
    }

    static LaunchOptions parse(List<String> args, Map<String, String> environment) throws UsageException {
        Builder builder = new Builder();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            Option option = OPTIONS.get(name);
            if (option == null) {
                throw new UsageException("unknown option " + arg);
            }
            String value = null;
            if (option.argument() != null) {
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException(name + " needs a value: " + name + " " + option.argument());
                }
            } else if (arg.contains("=")) {
                throw new UsageException(name + " takes no value");
            }
            option.setter().apply(builder, value);
        }
        Path dataDir = builder.dataDir != null ? builder.dataDir
                : Optional.ofNullable(environment.get(DATA_ENV)).filter(v -> !v.isBlank()).map(Path::of).orElse(DEFAULT_DATA);
        Ports ports;
        try {
            ports = new Ports(builder.portsOffset);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (builder.demo && builder.onlyInfra) {
            throw new UsageException("--demo needs the services: leave out --only-infra");
        }
        Optional<OffsetDateTime> clock = Optional.ofNullable(builder.clock)
                .or(() -> builder.demo ? Optional.of(DEMO_CLOCK) : Optional.empty());
        return new LaunchOptions(dataDir.toAbsolutePath().normalize(),
                Optional.ofNullable(builder.repo).map(p -> p.toAbsolutePath().normalize()),
                builder.onlyInfra, ports, builder.readyTimeout, clock, builder.demo,
                builder.classDataSharing, builder.help);
    }

    static String usage() {
        String options = OPTIONS.entrySet().stream()
                .map(e -> "  %-24s %s".formatted(
                        e.getKey() + (e.getValue().argument() == null ? "" : " " + e.getValue().argument()),
                        e.getValue().help()))
                .collect(Collectors.joining(System.lineSeparator()));
        return "Usage: java -jar deploy/local-stack/target/local-stack.jar [options]" + System.lineSeparator()
                + options;
    }

    private static int integer(String name, String value) throws UsageException {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, got " + value);
        }
    }

    private static OffsetDateTime dateTime(String name, String value) throws UsageException {
        try {
            return value.contains("T") ? OffsetDateTime.parse(value)
                    : LocalDate.parse(value).atTime(LocalTime.of(9, 0)).atZone(TOKYO).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new UsageException(name + " must be an ISO date-time with offset (2014-03-13T09:00+09:00) or a "
                    + "date (2014-03-13), got " + value);
        }
    }

    private static int positive(String name, String value) throws UsageException {
        int number = integer(name, value);
        if (number <= 0) {
            throw new UsageException(name + " must be positive, got " + value);
        }
        return number;
    }
}
