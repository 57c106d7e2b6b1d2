package jp.tokyo.monozukuri.benchmarks;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The mails the stack's SMTP server received for the benchmark's recipients, read from the {@code .eml} files it
 * writes under {@code DATA/mail/<recipient>/}. The file name starts with the time the server accepted the message
 * (UTC, milliseconds): that is the arrival time. Each mail is matched to its plan by the run marker in the plan
 * title the letter quotes, and to its notice by the subject.
 */
final class MailWatcher {

    /** The notices one plan causes on its way through the pipeline, by subject. */
    enum Notice {
        RECEIVED("受付について"),
        REVIEW_STARTED("審査開始について"),
        APPROVED("承認について"),
        GRANT_OPENED("助成の開始について"),
        OTHER("");

        private final String subjectPart;

        Notice(String subjectPart) {
            this.subjectPart = subjectPart;
        }

        static Notice ofSubject(String subject) {
            for (Notice notice : values()) {
                if (notice != OTHER && subject != null && subject.contains(notice.subjectPart)) {
                    return notice;
                }
            }
            return OTHER;
        }

        /** The notices every plan of the benchmark must cause exactly once. */
        static List<Notice> expected() {
            return List.of(RECEIVED, REVIEW_STARTED, APPROVED, GRANT_OPENED);
        }
    }

    private static final DateTimeFormatter ARRIVAL =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path mailRoot;
    private final Pattern marker;
    private final Session session = Session.getInstance(new Properties());
    private final Set<Path> seen = new HashSet<>();
    private final Map<Integer, Map<Notice, List<Instant>>> byPlan = new HashMap<>();
    private int unmatched;

    MailWatcher(Path mailRoot, String runMarker) {
        this.mailRoot = mailRoot;
        this.marker = Pattern.compile("負荷試験 " + Pattern.quote(runMarker) + " 第(\\d+)号");
    }

    /** Reads the mails that arrived since the last scan. */
    synchronized void scan() {
        if (!Files.isDirectory(mailRoot)) {
            return;
        }
        try (Stream<Path> folders = Files.list(mailRoot)) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith("bench-")
                    && f.getFileName().toString().endsWith("@bench.example.jp")).toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".eml")).toList()) {
                        if (seen.add(file)) {
                            read(file);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void read(Path file) throws IOException {
        Instant arrival = Instant.from(ARRIVAL.parse(file.getFileName().toString().substring(0, file.getFileName().toString().indexOf('-'))));
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(session, in);
            Matcher found = marker.matcher(text(message));
            if (!found.find()) {
                unmatched++;
                return;
            }
            int sequence = Integer.parseInt(found.group(1));
            byPlan.computeIfAbsent(sequence, s -> new EnumMap<>(Notice.class))
                    .computeIfAbsent(Notice.ofSubject(message.getSubject()), n -> new ArrayList<>())
                    .add(arrival);
        } catch (MessagingException e) {
            unmatched++;
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.append(text(child));
            }
            return all.toString();
        }
        return "";
    }

    /** When the first mail of this notice for this plan arrived, or null. */
    synchronized Instant arrival(int sequence, Notice notice) {
        List<Instant> arrivals = byPlan.getOrDefault(sequence, Map.of()).get(notice);
        return arrivals == null || arrivals.isEmpty() ? null : arrivals.get(0);
    }

    /** The arrival of the last expected notice, if every expected notice of the plan has arrived. */
    synchronized Instant completed(int sequence) {
        Map<Notice, List<Instant>> mails = byPlan.get(sequence);
        if (mails == null) {
            return null;
        }
        Instant last = null;
        for (Notice notice : Notice.expected()) {
            List<Instant> arrivals = mails.get(notice);
            if (arrivals == null || arrivals.isEmpty()) {
                return null;
            }
            Instant first = arrivals.stream().min(Instant::compareTo).orElseThrow();
            last = last == null || first.isAfter(last) ? first : last;
        }
        return last;
    }

    /** How many mails of this notice arrived for this plan (1 is right; 0 lost; more doubled). */
    synchronized int count(int sequence, Notice notice) {
        List<Instant> arrivals = byPlan.getOrDefault(sequence, Map.of()).get(notice);
        return arrivals == null ? 0 : arrivals.size();
    }

    /** Every mail of the plans {@code from} (inclusive) to {@code to} (exclusive), whatever the notice. */
    synchronized int mailsOf(int from, int to) {
        int mails = 0;
        for (int sequence = from; sequence < to; sequence++) {
            mails += byPlan.getOrDefault(sequence, Map.of()).values().stream().mapToInt(List::size).sum();
        }
        return mails;
    }

    /** Mails to the benchmark's recipients that name no plan of this run (an earlier run's, or unreadable). */
    synchronized int unmatched() {
        return unmatched;
    }
}
