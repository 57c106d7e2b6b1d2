package jp.tokyo.monozukuri.localstack.child;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * What every infrastructure process does first when the launcher started it: it leaves Ctrl-C to the
 * launcher and goes away with it.
 */
public final class LauncherChild {

    /** System property carrying the launcher's pid; absent when a process is started by hand. */
    public static final String PARENT_PID_PROPERTY = "local-stack.parent-pid";

    private static final Logger log = LoggerFactory.getLogger(LauncherChild.class);

    private LauncherChild() {
    }

    public static void attachToLauncher() {
        String parentPid = System.getProperty(PARENT_PID_PROPERTY);
        if (parentPid == null) {
            return;
        }
        // Ctrl-C in a terminal signals the whole process group at once. The launcher must stop the services
        // before the broker and stores they are still writing to, so here only its SIGTERM counts.
        Signal.handle(new Signal("INT"), signal ->
                log.info("SIGINT ignored: the local-stack launcher stops this process after the services"));
        // A launcher killed with SIGKILL cannot stop anything: leave cleanly (shutdown hooks flush) instead of
        // holding the ports for the next start.
        ProcessHandle.of(Long.parseLong(parentPid)).ifPresentOrElse(
                launcher -> launcher.onExit().thenRun(() -> {
                    log.warn("launcher (pid {}) is gone: shutting down", parentPid);
                    System.exit(0);
                }),
                () -> {
                    log.warn("launcher (pid {}) is already gone: shutting down", parentPid);
                    System.exit(0);
                });
    }
}
