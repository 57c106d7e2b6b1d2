package jp.tokyo.monozukuri.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder profile of a running process, started and stopped with {@code jcmd} (no restart, no
 * change to how the launcher runs it), and summarised from its execution samples: the methods the CPU was in
 * (self) and the methods on the stack when it was (inclusive).
 */
final class JfrProfile {

    record Summary(String process, int samples, List<Map.Entry<String, Integer>> self,
            List<Map.Entry<String, Integer>> inclusive) {
    }

    private static final String RECORDING = "benchmark";

    private final String process;
    private final long pid;
    private final Path file;

    JfrProfile(String process, long pid, Path file) {
        this.process = process;
        this.pid = pid;
        this.file = file;
    }

    void start() throws IOException, InterruptedException {
        jcmd("JFR.start", "name=" + RECORDING, "settings=profile", "filename=" + file);
    }

    void stop() throws IOException, InterruptedException {
        jcmd("JFR.stop", "name=" + RECORDING);
    }

    private void jcmd(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        command.addAll(List.of(arguments));
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", arguments) + " on " + process + ": " + output);
        }
    }

    Summary summarise(int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
            Set<String> onStack = new HashSet<>();
            for (RecordedFrame frame : frames) {
                onStack.add(name(frame.getMethod()));
            }
            onStack.stream().filter(JfrProfile::isNotPlatform).forEach(method -> inclusive.merge(method, 1, Integer::sum));
        }
        return new Summary(process, samples, topOf(self, top), topOf(inclusive, top));
    }

    /** Thread.run, the event loop and the observation wrappers are on every stack and say nothing. */
    private static boolean isNotPlatform(String method) {
        return !(method.startsWith("java.") || method.startsWith("jdk.") || method.startsWith("sun.")
                || method.startsWith("io.netty.") || method.startsWith("io.micrometer.observation."));
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }

    private static List<Map.Entry<String, Integer>> topOf(Map<String, Integer> counts, int top) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return List.copyOf(sorted.entrySet());
    }
}
