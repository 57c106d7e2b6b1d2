package jp.tokyo.monozukuri.endtoend.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jp.tokyo.monozukuri.localstack.StackEndpoints;
import jp.tokyo.monozukuri.localstack.scenario.StackApi;

/**
 * The local stack as the README runs it — {@code java -jar deploy/local-stack/target/local-stack.jar} — in a
 * process of its own, on a data folder of its own and shifted ports, its services' clocks set to the morning of
 * 2014-03-13. Stopped with SIGTERM, as Ctrl-C would; its processes must all be gone afterwards.
 */
public final class RunningStack implements AutoCloseable {

    /** The press release's morning: approvals are dated 2014-03-13, as the release announces them. */
    public static final String CLOCK = "2014-03-13T09:00:00+09:00";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(12);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration CONTROL_TIMEOUT = Duration.ofMinutes(12);

    /** Null when the suite attached to a stack someone else started (and will stop). */
    private final Process launcher;
    private final Path dataDir;
    private final Path output;
    private final StackEndpoints endpoints;
    private final StackApi api;
    private Duration startup = Duration.ZERO;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningStack(Process launcher, Path dataDir, Path output, StackEndpoints endpoints) {
        this.launcher = launcher;
        this.dataDir = dataDir;
        this.output = output;
        this.endpoints = endpoints;
        this.api = new StackApi(endpoints);
    }

    /**
     * Starts the launcher and waits for its "ready" table.
     *
     * @param repo        the repository root: {@code deploy/local-stack/target/local-stack.jar} and the service jars
     * @param portsOffset the first offset to try; the next ones (step 10) when a port of it is taken
     */
    public static RunningStack start(Path repo, int portsOffset) throws IOException, InterruptedException {
        Path jar = repo.resolve("deploy/local-stack/target/local-stack.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw -B -DskipTests install");
        }
        StackEndpoints endpoints = freeEndpoints(portsOffset);
        Path dataDir = Files.createTempDirectory("monozukuri-e2e-");
        Path output = dataDir.resolve("launcher-output.txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--data", dataDir.resolve("stack").toString(),
                "--ports-offset", String.valueOf(endpoints.portsOffset()), "--clock", CLOCK,
                "--ready-timeout", String.valueOf(READY_TIMEOUT.toSeconds()));
        System.out.println("[e2e] " + String.join(" ", command));
        Instant begin = Instant.now();
        Process launcher = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        RunningStack stack = new RunningStack(launcher, dataDir, output, endpoints);
        try {
            stack.awaitOutput("Local stack ready in", READY_TIMEOUT.plusMinutes(1));
        } catch (RuntimeException | InterruptedException e) {
            stack.close();
            throw e;
        }
        stack.startup = Duration.between(begin, Instant.now());
        System.out.println("[e2e] local stack ready in " + stack.startup.toSeconds() + " s (data: " + dataDir + ")");
        return stack;
    }

    /**
     * A stack already running with {@code --ports-offset offset} (and {@code --clock 2014-03-13}), started by hand
     * from {@code dataDir}: for running one test class again and again while writing it. The suite neither starts
     * nor stops it; a stack that already went through the scenario cannot go through it again.
     */
    public static RunningStack attach(int offset, Path dataDir) {
        System.out.println("[e2e] attached to the local stack on ports offset " + offset + " (data: " + dataDir + ")");
        return new RunningStack(null, dataDir, dataDir.resolve("launcher-output.txt"),
                StackEndpoints.withPortsOffset(offset));
    }

    private static StackEndpoints freeEndpoints(int firstOffset) {
        for (int offset = firstOffset; offset < firstOffset + 200; offset += 10) {
            StackEndpoints candidate = StackEndpoints.withPortsOffset(offset);
            if (Arrays.stream(candidate.allPorts()).allMatch(RunningStack::isFree)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no ports offset from " + firstOffset + " with all the stack's ports free");
    }

    private static boolean isFree(int port) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("localhost", port), 200);
            return false;
        } catch (IOException nothingListens) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    public StackEndpoints endpoints() {
        return endpoints;
    }

    public StackApi api() {
        return api;
    }

    public Duration startup() {
        return startup;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + output + ": " + e.getMessage() + ")";
        }
    }

    /** The end of a process's log, for a failure message. */
    public String logTail(String process, int lines) {
        Path log = dataDir.resolve("stack/logs/" + process + ".log");
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ")";
        }
    }

    /** Lines of a process's log that contain {@code text}. */
    public List<String> logLines(String process, String text) {
        Path log = dataDir.resolve("stack/logs/" + process + ".log");
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(text)).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** SIGKILL to one process of the stack: nothing of it runs, nothing is flushed. */
    public void kill(String process) {
        control(process, "kill");
    }

    /** SIGTERM to one process of the stack, waiting until it is gone. */
    public void stop(String process) {
        control(process, "stop");
    }

    /** Starts a stopped process again, exactly as the launcher first did, and waits until it is ready. */
    public Duration start(String process) {
        Instant begin = Instant.now();
        control(process, "start");
        return Duration.between(begin, Instant.now());
    }

    private void control(String process, String verb) {
        HttpRequest request = HttpRequest.newBuilder(endpoints.control().resolve("/processes/" + process + "/" + verb))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(CONTROL_TIMEOUT).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(verb + " " + process + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            System.out.println("[e2e] " + verb + " " + process + ": " + response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitOutput(String text, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!output().contains(text)) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("the launcher exited with " + launcher.exitValue()
                        + " before it was ready:\n" + output());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the stack was not ready within " + timeout + ":\n" + output());
            }
            Thread.sleep(500);
        }
    }

    /**
     * SIGTERM to the launcher, which stops the services and then the infrastructure; whatever is still alive after
     * two minutes is killed, so that no test run leaves processes behind.
     */
    @Override
    public void close() {
        if (launcher == null) {
            return;
        }
        List<ProcessHandle> started = new ArrayList<>(launcher.descendants().toList());
        launcher.destroy();
        try {
            if (!launcher.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                System.err.println("[e2e] the launcher did not stop within " + STOP_TIMEOUT + ": killing its processes");
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            launcher.destroyForcibly();
        }
        started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        System.out.println("[e2e] local stack stopped (launcher exit code "
                + (launcher.isAlive() ? "none" : launcher.exitValue()) + ")");
    }
}
