package jp.tokyo.monozukuri.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.tokyo.monozukuri.localstack.ClassDataArchive;
import jp.tokyo.monozukuri.localstack.ServiceJvm;

/**
 * A service started by the benchmark itself rather than by the launcher: alone, so that its start-up time is its
 * own, and with extra JVM options or arguments, so that a proposed fix can be measured before anyone applies it.
 * The command line is the launcher's ({@link ServiceJvm#OPTIONS}, the class data sharing archive unless
 * {@code --no-cds}, {@code -jar <x>-service.jar} and the arguments its {@code --only-infra} report prints), plus the
 * extras. An archive missing for this build is prepared before the clock starts, as the launcher would.
 */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Instant started;
    private final Path log;
    private Instant ready;

    private ServiceProcess(String name, Process process, Instant started, Path log) {
        this.name = name;
        this.process = process;
        this.started = started;
        this.log = log;
    }

    static ServiceProcess start(Path repo, String name, boolean classDataSharing, List<String> jvmExtras,
            List<String> arguments, Path log) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> jvm = new ArrayList<>(ServiceJvm.OPTIONS);
        jvm.addAll(jvmExtras);
        Path jar = repo.resolve(name).resolve("target").resolve(name + ".jar");
        Files.createDirectories(log.getParent());
        if (classDataSharing) {
            ClassDataArchive archive = ClassDataArchive.of(jar);
            archive.prepare(java, jvm, arguments, log);
            jvm.addAll(archive.jvmOptions());
            jar = archive.extractedJar();
        }
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvm);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        Files.writeString(log, "===== " + String.join(" ", command) + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        Instant started = Instant.now();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ServiceProcess(name, process, started, log);
    }

    /** Polls the readiness endpoint every 100 ms. */
    void awaitReady(Http http, String baseUri, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (http.status(baseUri + "/actuator/health/readiness") != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready within " + timeout.toSeconds() + " s; see " + log);
            }
            Thread.sleep(100);
        }
        ready = Instant.now();
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    Instant started() {
        return started;
    }

    Instant ready() {
        return ready;
    }

    Path log() {
        return log;
    }

    /** SIGTERM, then up to 40 s for a graceful stop (the services' shutdown phases take up to 20 s). */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                System.err.println(name + " did not stop within 40 s of SIGTERM: killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
