package jp.tokyo.monozukuri.localstack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service jar prepared for a fast start: extracted as Spring Boot recommends ({@code -Djarmode=tools extract}) and
 * with a class data sharing archive from a training run ({@code -XX:ArchiveClassesAtExit} while the application
 * context refreshes, then exits). Measured here, a service is then ready in half the time (docs/benchmarks.md).
 * On Java 25 and later the archive is an AOT cache instead (JEP 483/514: {@code -XX:AOTCacheOutput} in the same
 * training run, {@code -XX:AOTCache} to use it), which also holds the classes linked and the methods' profiles.
 *
 * <p>Kept beside the jar, in {@code target/cds/<size>-<modified>-<java version>/}: a new build or another JDK makes a
 * new one, and {@code mvn clean} removes it. It is prepared once, on the first start after a build (a training run
 * costs about one start); a second stack starting meanwhile waits for it. If the training run leaves no archive, the
 * service still starts from the extracted jar (the JVM ignores a missing archive); a jar that cannot be extracted is
 * linked there and runs as built. The benchmark (module {@code benchmarks}) starts services from the same archives.
 */
public final class ClassDataArchive {

    private static final Duration TRAINING_LIMIT = Duration.ofMinutes(5);
    private static final String PREPARED = "prepared";
    private static final int FIRST_AOT_CACHE_RELEASE = 25;

    private final Path jar;
    private final String name;
    private final Path directory;
    private final boolean aotCache;

    private ClassDataArchive(Path jar, Path directory, boolean aotCache) {
        this.jar = jar;
        this.name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        this.directory = directory;
        this.aotCache = aotCache;
    }

    /** For the services of this launcher: they run on its own JVM. */
    public static ClassDataArchive of(Path jar) {
        return of(jar, Runtime.version());
    }

    static ClassDataArchive of(Path jar, Runtime.Version java) {
        return new ClassDataArchive(jar, jar.resolveSibling("cds").resolve(keyOf(jar, java)),
                java.feature() >= FIRST_AOT_CACHE_RELEASE);
    }

    /** The extracted jar to run; its manifest names the libraries in {@code lib/} beside it. */
    public Path extractedJar() {
        return directory.resolve(name + ".jar");
    }

    public Path archive() {
        return directory.resolve(name + (aotCache ? ".aot" : ".jsa"));
    }

    /** The JVM options that use the archive. */
    public List<String> jvmOptions() {
        return List.of((aotCache ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive());
    }

    /** The training run's options that write the archive at exit to {@code file}. */
    List<String> trainingOptions(Path file) {
        return aotCache
                ? List.of("-XX:AOTCacheOutput=" + file, "-Xlog:aot=error")
                : List.of("-XX:ArchiveClassesAtExit=" + file, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** Extracted (or linked) and trained, completely: the marker is written last. */
    public boolean prepared() {
        return Files.isRegularFile(directory.resolve(PREPARED));
    }

    /**
     * Extracts the jar and runs the training with the service's own JVM options and arguments (its store must be
     * up: the context creates its indexes). Output goes to {@code log}. Both happen in the archive's own directory:
     * an archive is only used with the class path it was made with. A file lock keeps two launchers from preparing
     * the same build at once; a preparation cut short is started afresh.
     */
    public void prepare(Path javaBinary, List<String> jvmOptions, List<String> arguments, Path log)
            throws IOException, InterruptedException {
        if (prepared()) {
            return;
        }
        Files.createDirectories(directory.getParent());
        try (FileChannel lockFile = FileChannel.open(directory.resolveSibling(directory.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockFile.lock()) {
            if (prepared()) {
                return;
            }
            deleteRecursively(directory);
            Files.createDirectories(directory);
            int extraction = run(List.of(javaBinary.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                    "--destination", directory.toString(), "--force"), log, "extracting " + jar);
            if (extraction != 0 || !Files.isRegularFile(extractedJar())) {
                // not a jar Spring Boot can extract: run it as built, without an archive
                Files.deleteIfExists(extractedJar());
                Files.createSymbolicLink(extractedJar(), jar.toAbsolutePath());
            } else {
                Path training = archive().resolveSibling(archive().getFileName() + ".training");
                List<String> command = new ArrayList<>(List.of(javaBinary.toString()));
                command.addAll(jvmOptions);
                command.addAll(trainingOptions(training));
                command.addAll(List.of("-Dspring.context.exit=onRefresh", "-jar", extractedJar().toString()));
                command.addAll(arguments);
                run(command, log, "training run for the class data sharing archive");
                if (Files.isRegularFile(training)) {
                    Files.move(training, archive(), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.writeString(directory.resolve(PREPARED), jar + System.lineSeparator());
        }
        removeOthers();
    }

    private static int run(List<String> command, Path log, String what) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Files.writeString(log, "%n===== %s local-stack: %s: %s%n".formatted(Instant.now(), what,
                String.join(" ", command)), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        process.getOutputStream().close();
        if (!process.waitFor(TRAINING_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IOException(what + " did not finish within " + TRAINING_LIMIT.toMinutes() + " min");
        }
        return process.exitValue();
    }

    /** Archives of earlier builds: nothing runs from them once this one exists. */
    private void removeOthers() {
        String own = directory.getFileName().toString();
        try (Stream<Path> siblings = Files.list(directory.getParent())) {
            siblings.filter(sibling -> !sibling.getFileName().toString().startsWith(own))
                    .forEach(ClassDataArchive::deleteRecursively);
        } catch (IOException ignored) {
            // stale archives only cost disk space
        }
    }

    private static String keyOf(Path jar, Runtime.Version java) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
            return attributes.size() + "-" + attributes.lastModifiedTime().toMillis() + "-" + java;
        } catch (IOException e) {
            return "unbuilt";
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
