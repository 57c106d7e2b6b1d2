package jp.tokyo.monozukuri.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local stack launcher ({@code deploy/local-stack}) run as a child process: its output is kept in a log, its
 * "ready after" lines give each process's readiness time, its table the process ids, and, with
 * {@code --only-infra}, the arguments the services need. Stopped with SIGTERM, which stops its children.
 */
final class LocalStackRun implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("^\\s+(\\S+)\\s+ready after ([0-9.]+) s$");
    private static final Pattern TABLE_ROW = Pattern.compile("^  (\\S+)\\s+.+?\\s+(\\d+)\\s+(\\S+\\.log)$");
    private static final Pattern OWN_ARGUMENTS = Pattern.compile("^  ([a-z]+-service)\\s+(--server\\.port=.*)$");
    private static final String SHARED_ARGUMENTS = "  and for all of them: ";

    private final Process launcher;
    private final Map<String, Instant> readyAt = new LinkedHashMap<>();
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, List<String>> ownArguments = new LinkedHashMap<>();
    private final List<String> sharedArguments = new ArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Instant started;

    private LocalStackRun(Process launcher, Instant started) {
        this.launcher = launcher;
        this.started = started;
    }

    /**
     * Starts the launcher and waits until it reports the stack ready.
     *
     * @param onlyInfra start everything but the services (they are then started by hand, one at a time)
     */
    static LocalStackRun start(Path repo, Path data, int portsOffset, boolean onlyInfra, boolean classDataSharing,
            Duration readyTimeout, Path launcherLog) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                repo.resolve("deploy/local-stack/target/local-stack.jar").toString(),
                "--repo", repo.toString(), "--data", data.toString(), "--ports-offset", String.valueOf(portsOffset),
                "--ready-timeout", String.valueOf(readyTimeout.toSeconds())));
        if (onlyInfra) {
            command.add("--only-infra");
        }
        if (!classDataSharing) {
            command.add("--no-cds");
        }
        Files.createDirectories(launcherLog.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        LocalStackRun run = new LocalStackRun(process, Instant.now());
        Thread reader = new Thread(() -> run.follow(launcherLog), "launcher-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + readyTimeout.multipliedBy(2).plusSeconds(30).toNanos();
        while (!run.ready.await(250, TimeUnit.MILLISECONDS)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the local stack did not start (exit " + process.exitValue()
                        + "); see " + launcherLog);
            }
            if (System.nanoTime() > deadline) {
                run.close();
                throw new IllegalStateException("the local stack was not ready in time; see " + launcherLog);
            }
        }
        return run;
    }

    private void follow(Path launcherLog) {
        boolean table = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream(),
                StandardCharsets.UTF_8));
                PrintWriter log = new PrintWriter(Files.newBufferedWriter(launcherLog, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = out.readLine()) != null) {
                log.println(line);
                Matcher m = READY.matcher(line);
                if (m.matches()) {
                    synchronized (this) {
                        readyAt.put(m.group(1), Instant.now());
                    }
                    continue;
                }
                if (line.startsWith("  NAME ")) {
                    table = true;
                    continue;
                }
                Matcher row = TABLE_ROW.matcher(line);
                if (table && row.matches()) {
                    synchronized (this) {
                        pids.put(row.group(1), Long.parseLong(row.group(2)));
                    }
                    continue;
                }
                if (table && line.isBlank()) {
                    table = false;
                }
                Matcher own = OWN_ARGUMENTS.matcher(line);
                if (own.matches()) {
                    synchronized (this) {
                        ownArguments.put(own.group(1), List.of(own.group(2).trim().split("\\s+")));
                    }
                    continue;
                }
                if (line.startsWith(SHARED_ARGUMENTS)) {
                    synchronized (this) {
                        sharedArguments.addAll(List.of(line.substring(SHARED_ARGUMENTS.length()).trim().split("\\s+")));
                    }
                    continue;
                }
                if (line.startsWith("Ctrl-C")) { // the last line of the launcher's ready report
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            System.err.println("lost the launcher's output: " + e.getMessage());
        }
    }

    synchronized Map<String, Long> pids() {
        return Map.copyOf(pids);
    }

    synchronized Instant readyAt(String process) {
        return readyAt.get(process);
    }

    Instant started() {
        return started;
    }

    /** The arguments the launcher would give this service (from its {@code --only-infra} report). */
    synchronized List<String> serviceArguments(String service) {
        List<String> own = ownArguments.get(service);
        if (own == null || sharedArguments.isEmpty()) {
            throw new IllegalStateException("the launcher printed no arguments for " + service);
        }
        List<String> all = new ArrayList<>(own);
        all.addAll(sharedArguments);
        return all;
    }

    /** SIGTERM, as Ctrl-C would: services first, then the infrastructure; waits until the launcher exits. */
    @Override
    public void close() {
        if (!launcher.isAlive()) {
            return;
        }
        launcher.destroy();
        try {
            if (!launcher.waitFor(120, TimeUnit.SECONDS)) {
                System.err.println("the launcher did not stop within 120 s of SIGTERM: killing it");
                launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            launcher.destroyForcibly();
        }
    }
}
