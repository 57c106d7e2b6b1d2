package jp.tokyo.monozukuri.localstack;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Starts single processes of the stack exactly as the launcher would, on ports shifted away from a stack that
 * may be running on this machine.
 */
final class StackFixture {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private StackFixture() {
    }

    /** An offset under which every port of the stack is free right now. */
    static Ports freePorts() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int offset = ThreadLocalRandom.current().nextInt(10_000, 30_000);
            if (Ports.allDefaults().allMatch(port -> PortCheck.isFree(port + offset))) {
                return new Ports(offset);
            }
        }
        throw new IllegalStateException("no ports offset with every port free");
    }

    static StackPlan plan(Path dataDir) {
        return new StackPlan(freePorts(), new StackLayout(dataDir), JavaCommand.ofThisJvm(), Optional.empty());
    }

    static ChildSpec spec(StackPlan plan, String name) {
        return plan.all().stream().filter(spec -> spec.name().equals(name)).findFirst().orElseThrow();
    }

    static ChildProcess startAndAwait(ChildSpec spec) throws Exception {
        spec.prelude().run();
        ChildProcess child = ChildProcess.start(spec);
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!child.isAlive()) {
                fail(spec.name() + " exited with " + child.process().exitValue() + ":\n"
                        + String.join("\n", child.logTail(40)));
            }
            if (spec.readiness().ready()) {
                return child;
            }
            Thread.sleep(100);
        }
        child.kill();
        return fail(spec.name() + " not ready within " + READY_TIMEOUT + ":\n" + String.join("\n", child.logTail(40)));
    }

    /** SIGTERM, as the launcher stops it, and waits until the process is gone. */
    static void stop(ChildProcess child) throws InterruptedException {
        child.terminate();
        if (!child.process().waitFor(30, TimeUnit.SECONDS)) {
            child.kill();
            fail(child.name() + " did not stop within 30 s of SIGTERM");
        }
    }
}
