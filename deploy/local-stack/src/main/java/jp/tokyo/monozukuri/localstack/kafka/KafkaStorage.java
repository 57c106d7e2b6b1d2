package jp.tokyo.monozukuri.localstack.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The broker's folder: {@code server.properties} (written on every start, so a changed port takes effect)
 * and the KRaft log directory, formatted once with {@code kafka.tools.StorageTool}.
 *
 * <p>One process is broker and controller at once (KRaft combined mode); every internal topic has one
 * replica because there is one broker.
 */
public final class KafkaStorage {

    private static final String STORAGE_TOOL = "kafka.tools.StorageTool";

    private final Path dir;

    public KafkaStorage(Path dir) {
        this.dir = dir;
    }

    public Path config() {
        return dir.resolve("server.properties");
    }

    public Path logDir() {
        return dir.resolve("data");
    }

    /** StorageTool writes this file when it formats a log directory; its presence means "formatted". */
    public boolean isFormatted() {
        return Files.exists(logDir().resolve("meta.properties"));
    }

    public void writeConfig(int brokerPort, int controllerPort) throws IOException {
        Files.createDirectories(dir);
        String properties = String.join("\n",
                "# Written by the local-stack launcher on every start; edit KafkaStorage instead.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort,
                "inter.broker.listener.name=PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + logDir().toAbsolutePath().toString().replace("\\", "/"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "default.replication.factor=1",
                "offsets.topic.replication.factor=1",
                // 50 partitions by default, all created when the first consumer group joins: seconds of a
                // 2-core machine for capacity that one broker on a laptop never uses.
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // The services' consumer groups join one by one at start; waiting 3 s for more members to
                // arrive only delays the first rebalance on a single machine.
                "group.initial.rebalance.delay.ms=0",
                "");
        Files.writeString(config(), properties, StandardCharsets.UTF_8);
    }

    /** Turns a main class of the launcher's classpath and its arguments into a command line. */
    @FunctionalInterface
    public interface JavaMain {
        List<String> command(String mainClass, List<String> args);
    }

    /**
     * Formats the log directory unless that was done before (the cluster id lives on in
     * {@code meta.properties}); the tool's output goes to {@code log}.
     *
     * @return true when it formatted, false when the storage was already formatted
     */
    public boolean formatOnce(JavaMain java, Path log)
            throws IOException, InterruptedException {
        if (isFormatted()) {
            return false;
        }
        Files.createDirectories(log.getParent());
        String printed = run(java.command(STORAGE_TOOL, List.of("random-uuid")), log, true);
        String clusterId = printed.lines().map(String::strip).filter(line -> line.matches("[A-Za-z0-9_-]{22}"))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException("StorageTool random-uuid printed no cluster id: " + printed));
        run(java.command(STORAGE_TOOL, List.of("format", "-t", clusterId, "-c", config().toString(), "--standalone")),
                log, false);
        if (!isFormatted()) {
            throw new IllegalStateException("StorageTool format left no meta.properties in " + logDir() + "; see " + log);
        }
        return true;
    }

    private static String run(List<String> command, Path log, boolean captureStdout)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (!captureStdout) {
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        Process process = builder.start();
        String stdout = captureStdout ? readAll(process) : "";
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("kafka storage tool did not finish within 60 s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("kafka storage tool exited with " + process.exitValue() + "; see " + log);
        }
        return stdout;
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
