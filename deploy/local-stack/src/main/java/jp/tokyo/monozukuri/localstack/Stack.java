package jp.tokyo.monozukuri.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the stack: infrastructure in parallel until each accepts connections, then the services until each is
 * ready, then waits for a stop request and stops the services before the infrastructure they use.
 */
final class Stack {

    private enum Phase { STARTING, RUNNING, STOPPING }

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int TAIL_LINES = 40;
    private static final String STOPPING_EVERYTHING = "Stopping everything.";

    private final StackPlan plan;
    private final Duration readyTimeout;
    private final PrintStream out;
    private final PrintStream err;
    private final List<ChildProcess> running = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile Phase phase = Phase.STARTING;

    /** @param readyTimeout how long the infrastructure, and then the services, may take to become ready */
    Stack(StackPlan plan, Duration readyTimeout, PrintStream out, PrintStream err) {
        this.plan = plan;
        this.readyTimeout = readyTimeout;
        this.out = out;
        this.err = err;
    }

    /** From a signal handler: returns at once, the thread in {@link #run} does the stopping. */
    void requestStop() {
        stopRequested.countDown();
    }

    boolean isStopping() {
        return phase == Phase.STOPPING;
    }

    /** @return the exit code: 0 after a requested stop, 1 when the stack could not start */
    int run(Instant launcherStart) {
        try {
            startAndAwait(plan.infrastructure(), launcherStart);
            List<ChildSpec> services = plan.services();
            if (!services.isEmpty()) {
                startAndAwait(services, launcherStart);
            }
        } catch (StartupFailure e) {
            err.println(e.getMessage());
            stopAll();
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopAll();
            return 1;
        }
        if (stopRequested.getCount() == 0) {
            stopAll();
            return 0;
        }
        phase = Phase.RUNNING;
        out.print(new ReadyReport(plan, running).render(Duration.between(launcherStart, Instant.now())));
        out.flush();
        awaitStopRequest();
        stopAll();
        return 0;
    }

    private void awaitStopRequest() {
        try {
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void startAndAwait(List<ChildSpec> specs, Instant launcherStart)
            throws StartupFailure, InterruptedException {
        List<ChildProcess> started = startAll(specs);
        awaitReady(started, launcherStart);
    }

    /** Starts the processes side by side: Kafka formats its storage while the stores come up. */
    private List<ChildProcess> startAll(List<ChildSpec> specs) throws StartupFailure, InterruptedException {
        ExecutorService starter = Executors.newFixedThreadPool(specs.size());
        try {
            Map<ChildSpec, Future<ChildProcess>> futures = new LinkedHashMap<>();
            for (ChildSpec spec : specs) {
                futures.put(spec, starter.submit(() -> {
                    spec.prelude().run();
                    ChildProcess child = ChildProcess.start(spec);
                    running.add(child);
                    child.process().onExit().thenRun(() -> reportUnexpectedExit(child));
                    return child;
                }));
            }
            List<ChildProcess> started = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (Map.Entry<ChildSpec, Future<ChildProcess>> entry : futures.entrySet()) {
                try {
                    started.add(entry.getValue().get());
                } catch (ExecutionException e) {
                    failures.add(entry.getKey().name() + " could not start: " + e.getCause().getMessage()
                            + " (log: " + entry.getKey().log() + ")");
                }
            }
            if (!failures.isEmpty()) {
                throw new StartupFailure(String.join(System.lineSeparator(), failures));
            }
            return started;
        } finally {
            starter.shutdownNow();
        }
    }

    private void awaitReady(List<ChildProcess> started, Instant launcherStart)
            throws StartupFailure, InterruptedException {
        List<ChildProcess> pending = new ArrayList<>(started);
        Instant deadline = Instant.now().plus(readyTimeout);
        while (!pending.isEmpty()) {
            if (stopRequested.getCount() == 0) {
                return;
            }
            for (ChildProcess child : running) {
                if (!child.isAlive()) {
                    throw new StartupFailure(describe(child, "exited with code " + child.process().exitValue()
                            + " while the stack was starting") + STOPPING_EVERYTHING);
                }
            }
            for (ChildProcess child : List.copyOf(pending)) {
                if (child.spec().readiness().ready()) {
                    pending.remove(child);
                    out.printf("  %-22s ready after %s%n", child.name(),
                            seconds(Duration.between(launcherStart, Instant.now())));
                }
            }
            if (!pending.isEmpty() && Instant.now().isAfter(deadline)) {
                ChildProcess late = pending.get(0);
                throw new StartupFailure(describe(late, "was not ready within " + readyTimeout.toSeconds() + " s "
                        + "(more time: --ready-timeout SECONDS)") + STOPPING_EVERYTHING);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** What happened to a process, and the end of its log, so that nobody has to go looking for it. */
    private static String describe(ChildProcess child, String what) {
        StringBuilder message = new StringBuilder()
                .append(child.name()).append(" (pid ").append(child.pid()).append(") ").append(what)
                .append(". Last lines of ").append(child.spec().log()).append(':').append(System.lineSeparator());
        child.logTail(TAIL_LINES).forEach(line -> message.append("  | ").append(line).append(System.lineSeparator()));
        return message.toString();
    }

    private void reportUnexpectedExit(ChildProcess child) {
        if (phase == Phase.RUNNING) {
            err.print(describe(child, "exited with code " + child.process().exitValue() + " while running")
                    + "The rest keeps running; Ctrl-C stops all." + System.lineSeparator());
        }
    }

    /** Services first, while the broker and stores they flush to are still there; then the infrastructure. */
    void stopAll() {
        phase = Phase.STOPPING;
        Instant begin = Instant.now();
        stopTier(ChildSpec.Tier.SERVICE);
        stopTier(ChildSpec.Tier.INFRASTRUCTURE);
        if (!running.isEmpty()) {
            out.println("Stopped " + running.size() + " processes in " + seconds(Duration.between(begin, Instant.now())) + ".");
        }
    }

    private void stopTier(ChildSpec.Tier tier) {
        List<ChildProcess> tierProcesses = running.stream().filter(c -> c.spec().tier() == tier && c.isAlive()).toList();
        tierProcesses.forEach(ChildProcess::terminate);
        Instant deadline = Instant.now().plus(STOP_GRACE);
        for (ChildProcess child : tierProcesses) {
            long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            try {
                if (!child.process().waitFor(left, TimeUnit.MILLISECONDS)) {
                    err.println(child.name() + " (pid " + child.pid() + ") did not stop within "
                            + STOP_GRACE.toSeconds() + " s of SIGTERM: killed");
                    child.kill();
                    child.process().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                child.kill();
            }
        }
    }

    /** Last resort (second Ctrl-C, or the JVM going down some other way): no waiting for anyone. */
    void killAll() {
        phase = Phase.STOPPING;
        running.stream().filter(ChildProcess::isAlive).forEach(ChildProcess::kill);
    }

    static String seconds(Duration duration) {
        return "%.1f s".formatted(duration.toMillis() / 1000.0);
    }
}
