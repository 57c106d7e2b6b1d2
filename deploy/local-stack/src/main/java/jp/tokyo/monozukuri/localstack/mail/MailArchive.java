package jp.tokyo.monozukuri.localstack.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Every message the mail server accepted, one {@code .eml} file per recipient under
 * {@code DIR/mail/<recipient>/}, named so that sorting the names gives the order of arrival.
 */
final class MailArchive {

    /** A stored message and the recipient whose mailbox it belongs in. */
    record StoredMessage(String recipient, MimeMessage message) {
    }

    private static final DateTimeFormatter ARRIVAL =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path root;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    MailArchive(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    /**
     * Writes the message durably before the mailbox gets it: a failure here fails the SMTP delivery, so the
     * sender learns of it instead of the message living only in memory.
     */
    void keep(String recipient, MimeMessage message) throws IOException, MessagingException {
        Path folder = root.resolve(folderName(recipient));
        Files.createDirectories(folder);
        String name = ARRIVAL.format(clock.instant()) + "-%06d-%04x".formatted(sequence.incrementAndGet(),
                ThreadLocalRandom.current().nextInt(0x10000));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        Path partial = folder.resolve(name + ".eml.partial");
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(bytes.toByteArray()));
            channel.force(true);
        }
        Files.move(partial, folder.resolve(name + ".eml"), StandardCopyOption.ATOMIC_MOVE);
    }

    /** All kept messages, recipient by recipient, each recipient's in order of arrival. */
    List<StoredMessage> load() throws IOException, MessagingException {
        List<StoredMessage> messages = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return messages;
        }
        Session session = Session.getInstance(new Properties());
        for (Path folder : sorted(root)) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            String recipient = recipientOf(folder.getFileName().toString());
            for (Path file : sorted(folder)) {
                if (file.getFileName().toString().endsWith(".eml")) {
                    try (InputStream in = Files.newInputStream(file)) {
                        messages.add(new StoredMessage(recipient, new MimeMessage(session, in)));
                    }
                }
            }
        }
        return messages;
    }

    private static List<Path> sorted(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted().toList();
        }
    }

    /**
     * The address itself where it is a safe file name (the usual case, easy to browse); any other byte,
     * and a leading dot, percent-encoded so that no address can escape the folder.
     */
    static String folderName(String recipient) {
        StringBuilder name = new StringBuilder();
        byte[] bytes = recipient.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean safe = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || b == '@' || b == '+' || b == '-' || b == '_' || (b == '.' && i > 0);
            name.append(safe ? String.valueOf((char) b) : "%%%02X".formatted(b));
        }
        return name.toString();
    }

    static String recipientOf(String folderName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < folderName.length(); i++) {
            char c = folderName.charAt(i);
            if (c == '%' && i + 2 < folderName.length()) {
                bytes.write(Integer.parseInt(folderName.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
