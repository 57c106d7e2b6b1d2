package jp.tokyo.monozukuri.localstack;

import java.nio.file.Path;
import java.time.Duration;
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
 */
record LaunchOptions(Path dataDir, Optional<Path> repo, boolean onlyInfra, Ports ports, Duration readyTimeout,
        boolean help) {

    static final String DATA_ENV = "LOCAL_STACK_DATA";
    static final Path DEFAULT_DATA = Path.of(".local");
    static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);

    /** Mutable while the command line is read; an option's handler sets its field. */
    private static final class Builder {
        Path dataDir;
        Path repo;
        boolean onlyInfra;
        int portsOffset;
        Duration readyTimeout = DEFAULT_READY_TIMEOUT;
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
        return new LaunchOptions(dataDir.toAbsolutePath().normalize(),
                Optional.ofNullable(builder.repo).map(p -> p.toAbsolutePath().normalize()),
                builder.onlyInfra, ports, builder.readyTimeout, builder.help);
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

    private static int positive(String name, String value) throws UsageException {
        int number = integer(name, value);
        if (number <= 0) {
            throw new UsageException(name + " must be positive, got " + value);
        }
        return number;
    }
}
