package jp.tokyo.monozukuri.testsupport.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built image's entrypoint starts the service from its AOT cache. A JVM ignores a cache made for another runtime,
 * class path or options without failing, so this counts the classes the entrypoint's JVM loads from the cache.
 *
 * <p>Runs in the {@code image} profile after {@code jib:buildTar} (failsafe, {@code -Dimage.tar}, {@code
 * -Dimage.service}). The image's layers are unpacked into a temporary folder and the entrypoint is run from there as
 * the container would run it, its absolute paths under that folder: the runtime and the cache are then at other
 * paths than in the training run, as they are in the container. With {@code -Dimage.java-tool-options="..."} the
 * options the Kubernetes manifests add (JAVA_TOOL_OPTIONS) are checked with it.
 */
class ImageAotCacheIT {

    @TempDir
    static Path work;

    private static Path root;
    private static List<String> entrypoint;
    private static Map<String, String> environment;
    private static String service;

    @BeforeAll
    static void unpackTheImage() throws Exception {
        Path tar = Path.of(System.getProperty("image.tar", "target/jib-image.tar"));
        service = System.getProperty("image.service");
        assertThat(tar).as("the image built by jib:buildTar").isRegularFile();
        Path image = Files.createDirectories(work.resolve("image"));
        root = Files.createDirectories(work.resolve("root"));
        AotCacheTraining.exec(work.resolve("tar.log"), "tar", "-xf", tar.toString(), "-C", image.toString());
        JsonMapper json = JsonMapper.builder().build();
        JsonNode manifest = json.readTree(image.resolve("manifest.json").toFile()).get(0);
        for (JsonNode layer : manifest.get("Layers")) {
            AotCacheTraining.exec(work.resolve("tar.log"), "tar", "-xzpf", image.resolve(layer.asString()).toString(),
                    "-C", root.toString());
        }
        JsonNode config = json.readTree(image.resolve(manifest.get("Config").asString()).toFile()).get("config");
        entrypoint = new ArrayList<>();
        config.get("Entrypoint").forEach(arg -> entrypoint.add(arg.asString()));
        environment = new HashMap<>();
        config.path("Env").forEach(variable -> {
            String[] pair = variable.asString().split("=", 2);
            environment.put(pair[0], pair[1]);
        });
        String toolOptions = System.getProperty("image.java-tool-options");
        if (toolOptions != null && !toolOptions.isBlank()) {
            environment.put("JAVA_TOOL_OPTIONS", toolOptions);
        }
    }

    @Test
    void theEntrypointLoadsMostClassesFromTheAotCacheInTheImage() throws Exception {
        assertThat(entrypoint.get(0)).as("the image's own runtime").isEqualTo("/opt/java/bin/java");
        String cacheOption = entrypoint.stream().filter(arg -> arg.startsWith("-XX:AOTCache=")).findFirst().orElseThrow();
        assertThat(inImage(cacheOption.substring("-XX:AOTCache=".length()))).isRegularFile();

        Path classLog = work.resolve("class-load.log");
        List<String> command = new ArrayList<>(entrypoint.stream().map(ImageAotCacheIT::underRoot).toList());
        command.add(1, "-Xlog:class+load=info:file=" + classLog);
        Duration ready = ReadinessRun.run(command, environment, service, work.resolve(service + ".log"));

        long loaded;
        long fromCache;
        try (Stream<String> lines = Files.lines(classLog)) {
            List<String> sources = lines.filter(line -> line.contains(" source: ")).toList();
            loaded = sources.size();
            fromCache = sources.stream().filter(line -> line.contains("source: shared objects file")).count();
        }
        System.out.printf("%s from its image: ready after %d ms; %,d of %,d classes loaded from the AOT cache%n",
                service, ready.toMillis(), fromCache, loaded);
        assertThat(loaded).isGreaterThan(5_000);
        assertThat(fromCache).as("classes loaded from the AOT cache, of %d", loaded).isGreaterThan(loaded * 8 / 10);
    }

    @Test
    void theCacheIsRefusedWithOtherObjectHeaders() throws Exception {
        List<String> options = Files.readAllLines(inImage("/app/jvm.options"));
        String other = options.contains("-XX:+UseCompactObjectHeaders")
                ? "-XX:-UseCompactObjectHeaders" : "-XX:+UseCompactObjectHeaders";
        List<String> command = new ArrayList<>(entrypoint.stream().map(ImageAotCacheIT::underRoot).toList());
        int jar = command.indexOf("-jar");
        List<String> check = new ArrayList<>(command.subList(0, jar));
        check.addAll(List.of("-XX:AOTMode=on", "-cp", command.get(jar + 1), "-version"));

        assertThat(exitCode(check, work.resolve("same.log"))).as("the entrypoint's own options").isZero();
        check.add(jar, other); // after the options file: the last occurrence of an option wins
        assertThat(exitCode(check, work.resolve("other.log"))).as("with " + other).isNotZero();
    }

    private static int exitCode(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        return process.waitFor();
    }

    /** A path of the container, in the unpacked image; {@code @file} and {@code -XX:AOTCache=file} included. */
    private static String underRoot(String arg) {
        for (String prefix : List.of("@", "-XX:AOTCache=", "")) {
            if (arg.startsWith(prefix + "/")) {
                return prefix + inImage(arg.substring(prefix.length()));
            }
        }
        return arg;
    }

    private static Path inImage(String containerPath) {
        return root.resolve(containerPath.substring(1));
    }
}
