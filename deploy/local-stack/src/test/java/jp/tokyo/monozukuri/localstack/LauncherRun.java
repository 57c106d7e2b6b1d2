package jp.tokyo.monozukuri.localstack;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The launcher as a user runs it: its own JVM, output captured, stopped with SIGTERM. */
final class LauncherRun implements AutoCloseable {

    private final Process process;
    private final Path output;

    private LauncherRun(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static LauncherRun start(Path workingDir, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                LocalStack.class.getName()));
        command.addAll(args);
        Path output = workingDir.resolve("launcher-output.txt");
        Process process = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        return new LauncherRun(process, output);
    }

    long pid() {
        return process.pid();
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    void awaitOutput(String text, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!output().contains(text)) {
            if (!process.isAlive()) {
                fail("launcher exited with " + process.exitValue() + " before printing \"" + text + "\":\n" + output());
            }
            if (Instant.now().isAfter(deadline)) {
                fail("launcher did not print \"" + text + "\" within " + timeout + ":\n" + output());
            }
            Thread.sleep(200);
        }
    }

    void sigterm() {
        process.destroy();
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("launcher still running after " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    /** Processes the launcher started with its pid on their command line (the infrastructure) still alive. */
    List<ProcessHandle> infrastructureLeft() {
        String marker = "-Dlocal-stack.parent-pid=" + pid() + " ";
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(marker)).orElse(false))
                .toList();
    }

    /** A failed test must not leave a stack behind. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }
}
