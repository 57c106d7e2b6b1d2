package jp.tokyo.monozukuri.notification.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import jp.tokyo.monozukuri.notification.mail.MimeLetters;

/**
 * A real SMTP server (GreenMail) on a fixed port for the whole test JVM, which a test can take down and bring back
 * on the same port to play a relay outage.
 */
public final class TestSmtp {

    private final int port;
    private GreenMail server;

    private TestSmtp(int port) {
        this.port = port;
    }

    static TestSmtp startOnFreePort() {
        TestSmtp smtp = new TestSmtp(freePort());
        smtp.start();
        return smtp;
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** The relay goes down: connections are refused until {@link #start()}. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every mail received since the server last started that answers the event. */
    public synchronized List<Mail> mailsOfEvent(String eventId) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> eventId.equals(header(m, MimeLetters.EVENT_ID_HEADER)))
                .map(Mail::of)
                .toList();
    }

    /** A received mail, decoded; {@code pdf} and {@code pdfName} are its attached document, null without one. */
    public record Mail(String to, String from, String fromName, String subject, String text, String html,
            String noticeId, byte[] pdf, String pdfName) {

        static Mail of(MimeMessage message) {
            try {
                InternetAddress from = (InternetAddress) message.getFrom()[0];
                Part pdf = attachment(message, "application/pdf");
                return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), from.getAddress(),
                        from.getPersonal(), message.getSubject(), part(message, "text/plain"),
                        part(message, "text/html"), header(message, MimeLetters.NOTICE_ID_HEADER),
                        pdf == null ? null : pdf.getInputStream().readAllBytes(),
                        pdf == null ? null : MimeUtility.decodeText(pdf.getFileName()));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Part attachment(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = attachment(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String part(Part part, String mimeType) {
        try {
            if (part.isMimeType(mimeType)) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    String found = part(body, mimeType);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
