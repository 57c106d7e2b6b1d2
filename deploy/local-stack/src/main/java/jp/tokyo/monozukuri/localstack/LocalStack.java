package jp.tokyo.monozukuri.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * The one-command local stack: a Kafka broker, one MongoDB-wire store per service, a mail server, a token
 * issuer and the four services, each its own process, all state under one data folder.
 *
 * <p>Exit codes: 0 after Ctrl-C or SIGTERM stopped everything, 1 when the stack cannot start (a port taken,
 * a service not built, a process failing), 2 for a command line it does not understand.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) {
        Instant launcherStart = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
        System.exit(run(List.of(args), System.getenv(), System.out, System.err, launcherStart));
    }

    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err,
            Instant launcherStart) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, environment);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(LaunchOptions.usage());
            return 2;
        }
        if (options.help()) {
            out.println(LaunchOptions.usage());
            return 0;
        }

        Optional<Path> repo = Optional.empty();
        if (!options.onlyInfra()) {
            repo = options.repo().or(LocalStack::repositoryOfThisJar);
            if (repo.isEmpty()) {
                err.println("Cannot find the repository (the folder holding plan-service/ and deploy/) from "
                        + launcherLocation() + ": pass --repo DIR, or --only-infra.");
                return 1;
            }
            List<String> unbuilt = unbuiltServices(repo.get());
            if (!unbuilt.isEmpty()) {
                unbuilt.forEach(err::println);
                err.println("Build them first, from " + repo.get() + ":  ./mvnw -q -B -DskipTests package"
                        + "  (or start only the infrastructure with --only-infra)");
                return 1;
            }
        }
        // One offset for every service and every restart of one: their clocks agree and never go back.
        Optional<Duration> clockOffset = options.clock()
                .map(clock -> Duration.between(Instant.now(), clock.toInstant()).truncatedTo(ChronoUnit.SECONDS));
        StackPlan plan = new StackPlan(options.ports(), new StackLayout(options.dataDir()), JavaCommand.ofThisJvm(), repo,
                clockOffset, options.classDataSharing());

        try (DataFolderLock lock = DataFolderLock.acquire(plan.layout().lockFile())) {
            if (lock == null) {
                err.println("Another local stack is already running on " + plan.layout().dataDir()
                        + ": stop it first, or use another folder with --data DIR.");
                return 1;
            }
            Optional<PortCheck.Conflict> conflict = PortCheck.firstConflict(plan.all())
                    .or(() -> PortCheck.isFree(options.ports().control()) ? Optional.empty()
                            : Optional.of(new PortCheck.Conflict(options.ports().control(), "the launcher's control port")));
            if (conflict.isPresent()) {
                err.println(conflict.get().message());
                return 1;
            }
            out.println("Starting the local stack" + (options.onlyInfra() ? " (infrastructure only)" : "")
                    + ", data in " + plan.layout().dataDir());
            Stack stack = new Stack(plan, options.readyTimeout(), out, err);
            stopOnSignals(stack, out);
            // Whatever else ends this JVM, the processes it started must not outlive it.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (!stack.isStopping()) {
                    stack.stopAll();
                }
            }, "local-stack-shutdown"));
            Runnable whenReady = options.demo()
                    ? new DemoLoader(StackEndpoints.withPortsOffset(options.ports().offset()), out, err) : () -> { };
            try (ControlServer control = ControlServer.start(stack, options.ports().control())) {
                return stack.run(launcherStart, whenReady);
            }
        } catch (IOException e) {
            err.println("Cannot use the data folder " + plan.layout().dataDir() + ": " + e.getMessage());
            return 1;
        }
    }

    /**
     * First Ctrl-C or SIGTERM: orderly stop. A second one: kill everything now. {@code sun.misc.Signal} (as
     * Kafka itself uses) rather than a shutdown hook: a hook cannot choose the exit code, and the stop must be
     * ordered and finish with 0 however it was asked for.
     */
    private static void stopOnSignals(Stack stack, PrintStream out) {
        AtomicInteger received = new AtomicInteger();
        for (String name : List.of("INT", "TERM", "HUP")) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    if (received.incrementAndGet() == 1) {
                        out.println("Stopping (SIG" + signal.getName() + "): services first, then infrastructure...");
                        stack.requestStop();
                    } else {
                        out.println("Second signal: killing every process now.");
                        stack.killAll();
                        Runtime.getRuntime().halt(1);
                    }
                });
            } catch (IllegalArgumentException unsupportedOnThisPlatform) {
                // HUP does not exist on Windows; the JVM's own handling stays in place there.
            }
        }
    }

    private static List<String> unbuiltServices(Path repo) {
        return Arrays.stream(Service.values())
                .filter(service -> !Files.isRegularFile(StackPlan.serviceJar(repo, service)))
                .map(service -> service.artifactId() + " is not built: " + StackPlan.serviceJar(repo, service)
                        + " is missing.")
                .toList();
    }

    /**
     * The launcher runs as {@code deploy/local-stack/target/local-stack.jar} (or from
     * {@code target/classes} in an IDE): the repository is the nearest folder above holding
     * {@code deploy/local-stack/pom.xml}.
     */
    private static Optional<Path> repositoryOfThisJar() {
        for (Path dir = launcherLocation(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy").resolve("local-stack").resolve("pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static Path launcherLocation() {
        try {
            return Path.of(LocalStack.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the launcher runs from", e);
        }
    }

    /** An OS-level lock on a file in the data folder, released when the launcher exits however it exits. */
    private record DataFolderLock(FileChannel channel, FileLock lock) implements AutoCloseable {

        /** @return null when another process holds the lock */
        static DataFolderLock acquire(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            channel.truncate(0);
            channel.write(StandardCharsets.UTF_8.encode("pid " + ProcessHandle.current().pid() + System.lineSeparator()));
            return new DataFolderLock(channel, lock);
        }

        @Override
        public void close() throws IOException {
            lock.release();
            channel.close();
        }
    }
}
