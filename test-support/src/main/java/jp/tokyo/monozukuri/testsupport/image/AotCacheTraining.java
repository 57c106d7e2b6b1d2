package jp.tokyo.monozukuri.testsupport.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prepares what a service's container image holds (profile {@code image} of the root pom): the Java runtime, the
 * service's extracted jar and an AOT cache (JEP 483/514/515) trained by one run of exactly that runtime, class path
 * and JVM options against the tests' broker and store, to readiness and a few requests.
 *
 * <pre>
 * OUT/java/            a runtime linked (jlink) from the JDK 25 given: the image's /opt/java
 * OUT/app/NAME.jar     the extracted jar (its manifest names lib/): the image's /app
 * OUT/app/jvm.options  the production JVM options, one a line (the entrypoint reads them with @)
 * OUT/app/NAME.aot     the AOT cache
 * </pre>
 *
 * <p>A JVM silently ignores an AOT cache made by another runtime (checked: a JDK's cache is refused by a JRE of the
 * same build, its {@code lib/modules} differs), with other options (compact object headers, compressed oops), or
 * for jars whose size or modification time changed. So the image ships this runtime instead of a base image's, and
 * every file gets Jib's modification time (1970-01-01T00:00:01Z) before the training. The paths may differ: a cache
 * made here is used at /opt/java and /app, which {@code ImageAotCacheIT} checks on the built image.
 */
public final class AotCacheTraining {

    /** Jib's default {@code container.filesModificationTime}: EPOCH_PLUS_SECOND. */
    static final FileTime IMAGE_FILE_TIME = FileTime.fromMillis(1000);

    private AotCacheTraining() {
    }

    public static void main(String[] args) {
        try {
            train(options(args));
        } catch (Exception | LinkageError e) {
            e.printStackTrace();
            // the tests' broker runs on non-daemon threads: only an explicit exit ends this JVM
            System.exit(1);
        }
        System.exit(0);
    }

    private static void train(Map<String, String> options) throws Exception {
        Path jdk = Path.of(options.get("jdk"));
        requireJdk25(jdk);
        Path jar = Path.of(options.get("jar")).toAbsolutePath();
        Path out = Path.of(options.get("out")).toAbsolutePath();
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        Path log = out.resolveSibling("aot-training.log");
        deleteRecursively(out);
        Files.createDirectories(out);
        Files.deleteIfExists(log);
        Path app = out.resolve("app");
        exec(log, jdk.resolve("bin/java").toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                "--destination", app.toString());
        exec(log, jdk.resolve("bin/jlink").toString(), "--add-modules", options.get("modules"), "--strip-debug",
                "--no-man-pages", "--no-header-files", "--output", out.resolve("java").toString());
        List<String> jvmOptions = Arrays.stream(options.get("jvm-options").trim().split("\\s+")).toList();
        Files.write(app.resolve("jvm.options"), jvmOptions);
        setImageFileTimes(out);

        Path java = out.resolve("java/bin/java");
        Path cache = app.resolve(name + ".aot");
        List<String> training = List.of(java.toString(), "@" + app.resolve("jvm.options"),
                "-XX:AOTCacheOutput=" + cache, "-jar", app.resolve(name + ".jar").toString());
        System.out.println("AOT cache training: " + String.join(" ", training));
        System.out.println(name + " ready after " + ReadinessRun.run(training, Map.of(), name, log).toMillis()
                + " ms in the training run");
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run wrote no AOT cache; see " + log);
        }
        // -XX:AOTMode=on refuses to start unless the cache can be used with these options and this class path
        exec(log, java.toString(), "@" + app.resolve("jvm.options"), "-XX:AOTCache=" + cache, "-XX:AOTMode=on",
                "-cp", app.resolve(name + ".jar").toString(), "-version");
        System.out.printf("AOT cache %s: %,d bytes%n", cache, Files.size(cache));
    }

    /** The AOT cache needs Java 25's JVM (JEP 514's one-step training) and a JDK's jlink. */
    private static void requireJdk25(Path jdk) throws IOException {
        Path release = jdk.resolve("release");
        String version = Files.isRegularFile(release) ? Files.readAllLines(release).stream()
                .filter(line -> line.startsWith("JAVA_VERSION="))
                .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
                .findFirst().orElse("") : "";
        boolean java25 = version.matches("(2[5-9]|[3-9][0-9])([.+-].*)?");
        if (!java25 || !Files.isExecutable(jdk.resolve("bin/jlink"))) {
            throw new IllegalStateException("the images need a JDK 25 or later at " + jdk + " (found: '" + version
                    + "'); name it with -Dimage.jdk=<its folder>");
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        for (String required : List.of("jdk", "jar", "out", "modules", "jvm-options")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing --" + required + "=...");
            }
        }
        return options;
    }

    static void exec(Path log, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("failed: " + String.join(" ", command) + "; see " + log);
        }
    }

    private static void setImageFileTimes(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                Files.setLastModifiedTime(path, IMAGE_FILE_TIME);
            }
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
