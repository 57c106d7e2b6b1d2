package jp.tokyo.monozukuri.benchmarks;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * Mails handed to the stack's SMTP server the way the notification service's dispatcher does it: batches of
 * {@value #BATCH} over one connection, one message after the other. The message is a notice the pipeline itself
 * sent (a letter in UTF-8 with its HTML alternative), readdressed to a probe mailbox no notice goes to.
 */
final class SmtpSends {

    record Result(int count, double perSecond, int messageBytes) {
    }

    static final String PROBE = "smtp-probe@bench.example.jp";
    private static final int BATCH = 50;

    private final Session session;
    private final Path template;

    SmtpSends(int port, Path template) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        this.session = Session.getInstance(properties);
        this.template = template;
    }

    Result measure(Duration warmUp, Duration duration) throws IOException, MessagingException {
        MimeMessage message;
        try (InputStream in = Files.newInputStream(template)) {
            message = new MimeMessage(session, in);
        }
        message.setRecipients(Message.RecipientType.TO, PROBE);
        message.saveChanges();
        Address[] to = {new InternetAddress(PROBE)};
        send(message, to, warmUp);
        long start = System.nanoTime();
        int count = send(message, to, duration);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(count, count / seconds, (int) Files.size(template));
    }

    private int send(MimeMessage message, Address[] to, Duration duration) throws MessagingException {
        long end = System.nanoTime() + duration.toNanos();
        int count = 0;
        while (System.nanoTime() < end) {
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect();
                for (int i = 0; i < BATCH && System.nanoTime() < end; i++) {
                    transport.sendMessage(message, to);
                    count++;
                }
            }
        }
        return count;
    }
}
