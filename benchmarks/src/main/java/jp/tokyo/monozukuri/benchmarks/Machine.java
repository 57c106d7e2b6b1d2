package jp.tokyo.monozukuri.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the numbers were measured on, and at which commit. */
record Machine(String cpu, int cores, long memoryMiB, String os, String kernel, String java) {

    static Machine describe() {
        return new Machine(firstValue("/proc/cpuinfo", "model name"), Runtime.getRuntime().availableProcessors(),
                memoryKb() / 1024, osName(), read("/proc/sys/kernel/osrelease"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    }

    /** {@code git rev-parse HEAD} of the repository, marked {@code -dirty} when the working tree has changes. */
    static String commitOf(Path repo) {
        String head = git(repo, "rev-parse", "HEAD");
        if (head == null) {
            return "unknown (not a git checkout: pass --commit)";
        }
        String status = git(repo, "status", "--porcelain", "--untracked-files=no");
        return head.strip() + (status == null || status.isBlank() ? "" : "-dirty");
    }

    private static String git(Path repo, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(arguments));
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes());
            return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String firstValue(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return "unknown";
    }

    private static long memoryKb() {
        String total = firstValue("/proc/meminfo", "MemTotal");
        return total.equals("unknown") ? 0 : Long.parseLong(total.split("\\s+")[0]);
    }

    private static String osName() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring("PRETTY_NAME=".length()).replace("\"", "");
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return System.getProperty("os.name");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
