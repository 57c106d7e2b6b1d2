package jp.tokyo.monozukuri.endtoend.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The municipalities' mailboxes, read over IMAP as their mail clients would (login = the address, any password):
 * every message with the headers that name its notice and event, and its plain-text letter.
 */
public final class Mailboxes {

    /** Headers notification-service puts on every notice (MimeLetters). */
    static final String NOTICE_ID = "X-Monozukuri-Notice-Id";
    static final String EVENT_ID = "X-Monozukuri-Event-Id";

    /** One message as the recipient received it; {@code pdf} is the attached document (null without one). */
    public record Mail(String recipient, String subject, String noticeId, String eventId, String text, byte[] pdf) {
    }

    private final int imapPort;

    public Mailboxes(int imapPort) {
        this.imapPort = imapPort;
    }

    public List<Mail> of(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "10000");
        properties.put("mail.imap.timeout", "30000");
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            store.connect("localhost", imapPort, address, "e2e");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(new Mail(address, message.getSubject(), header(message, NOTICE_ID),
                            header(message, EVENT_ID), plainText(message), pdf(message)));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the mailbox of " + address + " over IMAP port " + imapPort, e);
        }
    }

    private static String header(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** The attached PDF document, or null. */
    private static byte[] pdf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("application/pdf")) {
            return part.getInputStream().readAllBytes();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                byte[] pdf = pdf(multipart.getBodyPart(i));
                if (pdf != null) {
                    return pdf;
                }
            }
        }
        return null;
    }

    /** The text/plain part: the letter as a plain mail client shows it. */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = plainText(child);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
