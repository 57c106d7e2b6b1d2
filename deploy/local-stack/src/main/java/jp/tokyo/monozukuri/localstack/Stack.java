package jp.tokyo.monozukuri.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the stack: infrastructure in parallel until each accepts connections, then the services until each is
 * ready, then waits for a stop request and stops the services before the infrastructure they use. While it
 * runs, one process at a time can be stopped, killed and started again ({@link ControlServer}).
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
    /** One stop, or one start's spawning, at a time. */
    private final ReentrantLock control = new ReentrantLock();
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
        return run(launcherStart, () -> { });
    }

    /**
     * @param whenReady runs on a thread of its own once everything is ready (the demo), so that a stop request is
     *                  still heard meanwhile
     * @return the exit code: 0 after a requested stop, 1 when the stack could not start
     */
    int run(Instant launcherStart, Runnable whenReady) {
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
        Thread afterReady = new Thread(whenReady, "local-stack-when-ready");
        afterReady.setDaemon(true);
        afterReady.start();
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
        if (phase == Phase.RUNNING && !child.exitExpected()) {
            err.print(describe(child, "exited with code " + child.process().exitValue() + " while running")
                    + "The rest keeps running; Ctrl-C stops all." + System.lineSeparator());
        }
    }

    /** The processes as they run now (a restarted one in place of its predecessor), in the plan's order. */
    List<ChildProcess> processes() {
        List<String> planned = plan.all().stream().map(ChildSpec::name).toList();
        return running.stream().sorted((a, b) -> Integer.compare(planned.indexOf(a.name()), planned.indexOf(b.name())))
                .toList();
    }

    /**
     * Stops one process: SIGTERM (its shutdown hooks run) or SIGKILL (nothing runs), and waits until it is gone.
     *
     * @return its exit code
     */
    int stop(String name, boolean kill) throws ControlRefused, InterruptedException {
        control.lock();
        try {
            requireRunning();
            ChildProcess child = current(name).orElseThrow(() -> unknown(name));
            if (!child.isAlive()) {
                throw new ControlRefused(409, name + " is not running");
            }
            child.expectExit();
            if (kill) {
                child.kill();
            } else {
                child.terminate();
            }
            if (!child.process().waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                err.println(name + " (pid " + child.pid() + ") did not stop within " + STOP_GRACE.toSeconds()
                        + " s of SIGTERM: killed");
                child.kill();
                child.process().waitFor(5, TimeUnit.SECONDS);
            }
            int exitCode = child.process().exitValue();
            out.printf("  %-22s %s on request (pid %d, exit code %d)%n", name, kill ? "killed" : "stopped",
                    child.pid(), exitCode);
            return exitCode;
        } finally {
            control.unlock();
        }
    }

    /**
     * Starts a process that was stopped (or died) again, as the stack first started it, and waits until it is ready.
     * Several can start at once (the four services after a replay): only the spawning is one at a time.
     */
    ChildProcess start(String name) throws ControlRefused, InterruptedException {
        Instant begin = Instant.now();
        ChildProcess child;
        control.lock();
        try {
            requireRunning();
            ChildSpec spec = plan.all().stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> unknown(name));
            Optional<ChildProcess> previous = current(name);
            if (previous.isPresent() && previous.get().isAlive()) {
                throw new ControlRefused(409, name + " is running (pid " + previous.get().pid() + "): stop it first");
            }
            try {
                spec.prelude().run();
                child = ChildProcess.start(spec);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                throw new ControlRefused(500, name + " could not start: " + e.getMessage() + " (log: " + spec.log() + ")");
            }
            synchronized (this) {
                if (phase != Phase.RUNNING) {
                    child.kill();
                    throw new ControlRefused(409, "the stack is stopping");
                }
                previous.ifPresent(running::remove);
                running.add(child);
            }
            child.process().onExit().thenRun(() -> reportUnexpectedExit(child));
        } finally {
            control.unlock();
        }
        awaitReady(child, begin);
        out.printf("  %-22s started on request: pid %d, ready after %s%n", name, child.pid(),
                seconds(Duration.between(begin, Instant.now())));
        return child;
    }

    private void awaitReady(ChildProcess child, Instant begin) throws ControlRefused, InterruptedException {
        Instant deadline = begin.plus(readyTimeout);
        while (!child.spec().readiness().ready()) {
            if (phase != Phase.RUNNING) {
                throw new ControlRefused(409, "the stack is stopping");
            }
            if (!child.isAlive()) {
                throw new ControlRefused(500, describe(child, "exited with code " + child.process().exitValue()
                        + " while starting"));
            }
            if (Instant.now().isAfter(deadline)) {
                child.expectExit();
                child.kill();
                throw new ControlRefused(504, describe(child, "was not ready within " + readyTimeout.toSeconds()
                        + " s and was killed"));
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private Optional<ChildProcess> current(String name) {
        return running.stream().filter(child -> child.name().equals(name)).reduce((first, last) -> last);
    }

    private ControlRefused unknown(String name) {
        return new ControlRefused(404, "no process named " + name + "; the stack runs "
                + String.join(", ", plan.all().stream().map(ChildSpec::name).toList()));
    }

    private void requireRunning() throws ControlRefused {
        if (phase != Phase.RUNNING) {
            throw new ControlRefused(409, "the stack is " + phase.name().toLowerCase() + "; try again when it runs");
        }
    }

    /** Services first, while the broker and stores they flush to are still there; then the infrastructure. */
    void stopAll() {
        synchronized (this) {
            phase = Phase.STOPPING;
        }
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
