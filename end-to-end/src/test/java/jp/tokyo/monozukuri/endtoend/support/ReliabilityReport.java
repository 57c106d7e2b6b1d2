package jp.tokyo.monozukuri.endtoend.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary table the suite prints at its end (and writes to {@code target/reliability-summary.md}): per
 * fault, what flowed through the system, what was lost, what was doubled and how many 5xx answers there were.
 */
public final class ReliabilityReport {

    /**
     * @param load    what went through the system meanwhile, e.g. "50 plans: 212 requests, 200 events, 200 mails"
     * @param lost    expected final states, notices and mails that are missing
     * @param doubled final states, notices and mails that exist more than once
     * @param serverErrors answers with a 5xx status
     */
    public record Row(String fault, String load, long lost, long doubled, long serverErrors, Duration took) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    private ReliabilityReport() {
    }

    public static synchronized void record(Row row) {
        ROWS.add(row);
        System.out.println("[e2e] " + line(row));
    }

    static synchronized void printAndSave() {
        if (ROWS.isEmpty()) {
            return;
        }
        StringBuilder table = new StringBuilder()
                .append("| fault | requests or events | lost | doubled | 5xx | took |\n")
                .append("|---|---|---:|---:|---:|---:|\n");
        ROWS.forEach(row -> table.append(line(row)).append('\n'));
        System.out.println();
        System.out.println("[e2e] Reliability summary");
        System.out.print(table);
        String report = System.getProperty("e2e.report");
        if (report != null) {
            try {
                Files.createDirectories(Path.of(report).toAbsolutePath().getParent());
                Files.writeString(Path.of(report), table.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("[e2e] cannot write " + report + ": " + e.getMessage());
            }
        }
    }

    private static String line(Row row) {
        return "| %s | %s | %d | %d | %d | %d s |".formatted(row.fault(), row.load(), row.lost(), row.doubled(),
                row.serverErrors(), row.took().toSeconds());
    }
}
