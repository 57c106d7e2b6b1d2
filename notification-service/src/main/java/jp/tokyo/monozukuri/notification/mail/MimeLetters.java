package jp.tokyo.monozukuri.notification.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import jp.tokyo.monozukuri.notification.NotificationProperties;
import jp.tokyo.monozukuri.notification.domain.Notice;
import jp.tokyo.monozukuri.notification.domain.letter.OfficialDocument;
import org.springframework.stereotype.Component;

/**
 * A notice as an e-mail: UTF-8, the plain-text letter with its HTML alternative, the PDF document (公文書) attached,
 * and headers naming the notice and the event, by which the recipient's side (and the tests) can tell one notice from
 * another.
 *
 * <p>Built with the Jakarta Mail API directly: Spring's {@code MimeMessageHelper} makes a new MIME type map for every
 * message it is given, scanning the classpath each time — measured, 16 % of this service's CPU under load. For the
 * same reason Jakarta Mail is told its stream provider by a system property: otherwise it looks it up with a
 * {@code ServiceLoader} for every encoded word and body part (another 25 %, measured after the first fix).
 */
@Component
public class MimeLetters {

    public static final String NOTICE_ID_HEADER = "X-Monozukuri-Notice-Id";
    public static final String EVENT_ID_HEADER = "X-Monozukuri-Event-Id";

    private static final String UTF_8 = "UTF-8";
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final NotificationProperties.Mail mail;
    private final Clock clock;

    public MimeLetters(NotificationProperties properties, Clock clock) {
        this.mail = properties.mail();
        this.clock = clock;
    }

    public MimeMessage toMime(Notice notice, Session session) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(mail.from(), mail.fromName(), UTF_8));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(notice.recipient().value()));
        message.setSubject(notice.letter().subject(), UTF_8);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(notice.letter().text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(notice.letter().html(), UTF_8, "html");
        MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
        OfficialDocument document = notice.letter().document();
        if (document == null) {
            message.setContent(alternatives);
        } else {
            MimeBodyPart letter = new MimeBodyPart();
            letter.setContent(alternatives);
            message.setContent(new MimeMultipart("mixed", letter, attachment(notice, document)));
        }
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader(NOTICE_ID_HEADER, notice.id());
        message.setHeader(EVENT_ID_HEADER, notice.eventId().toString());
        message.saveChanges();
        return message;
    }

    /** The PDF document, named after the letter's subject (RFC 2231 encodes the Japanese name). */
    private static MimeBodyPart attachment(Notice notice, OfficialDocument document) throws MessagingException {
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(document.pdf(), OfficialDocument.MEDIA_TYPE)));
        pdf.setFileName(fileName(notice.letter().subject()));
        pdf.setDisposition(Part.ATTACHMENT);
        return pdf;
    }

    /** 地域産業基盤強化計画の承認について(通知).pdf, with characters no file system takes replaced. */
    static String fileName(String subject) {
        return subject.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".pdf";
    }
}
