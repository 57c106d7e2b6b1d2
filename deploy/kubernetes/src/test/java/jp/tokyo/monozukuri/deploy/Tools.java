package jp.tokyo.monozukuri.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The command-line tools the tests run: kubectl (kustomize), python3 with jsonschema and yaml (strict schema
 * validation) and promtool (PromQL). A missing tool fails the test that needs it, with the Debian package that
 * brings it: a check that is skipped where a tool is missing would pass in CI without having run (.ci/run installs
 * them).
 */
final class Tools {

    record Result(int exitCode, String output, String errors) {
    }

    private Tools() {
    }

    static Path find(String name, String environmentVariable, String debianPackage) {
        String configured = System.getenv(environmentVariable);
        return Stream.concat(
                        Stream.ofNullable(configured).map(Path::of),
                        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                                .filter(directory -> !directory.isBlank())
                                .map(directory -> Path.of(directory, name)))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not installed (neither $" + environmentVariable
                        + " nor on PATH): install the Debian package " + debianPackage + " (.ci/run does)"));
    }

    static Result run(List<String> command, String input) {
        try {
            Path errors = Files.createTempFile("tool", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
                if (input != null) {
                    process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
                }
                process.getOutputStream().close();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(command + " did not finish in 2 minutes");
                }
                return new Result(process.exitValue(), output, Files.readString(errors, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    static List<String> command(Path tool, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(List.of(arguments));
        return command;
    }
}
