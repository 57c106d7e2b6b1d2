package jp.tokyo.monozukuri.localstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A started process of the stack, its output appended to its log file. */
final class ChildProcess {

    private static final int TAIL_BYTES = 16 * 1024;

    private final ChildSpec spec;
    private final Process process;
    private final Instant startedAt;
    private volatile boolean exitRequested;

    private ChildProcess(ChildSpec spec, Process process, Instant startedAt) {
        this.spec = spec;
        this.process = process;
        this.startedAt = startedAt;
    }

    static ChildProcess start(ChildSpec spec) throws IOException {
        Files.createDirectories(spec.log().getParent());
        Instant now = Instant.now();
        // Logs are appended run after run; a marker line shows where this run begins.
        Files.writeString(spec.log(), "%n===== %s local-stack starts %s: %s%n".formatted(now, spec.name(),
                        String.join(" ", spec.command())), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Process process = new ProcessBuilder(spec.command())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.log().toFile()))
                .start();
        // Nothing is ever typed into a child; a closed stdin makes that plain to it.
        process.getOutputStream().close();
        return new ChildProcess(spec, process, now);
    }

    ChildSpec spec() {
        return spec;
    }

    String name() {
        return spec.name();
    }

    long pid() {
        return process.pid();
    }

    Instant startedAt() {
        return startedAt;
    }

    Process process() {
        return process;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM: the process runs its shutdown hooks (stores flush, Kafka shuts down in order). */
    void terminate() {
        process.destroy();
    }

    void kill() {
        process.destroyForcibly();
    }

    /** Someone asked for this process to go (through the control port): its exit is no surprise. */
    void expectExit() {
        exitRequested = true;
    }

    boolean exitExpected() {
        return exitRequested;
    }

    /** The last lines of the log file, to show why a process failed without sending anyone looking for it. */
    List<String> logTail(int lines) {
        try (RandomAccessFile file = new RandomAccessFile(spec.log().toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(cannot read " + spec.log() + ": " + e.getMessage() + ")");
        }
    }
}
