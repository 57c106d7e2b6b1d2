package jp.tokyo.monozukuri.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import jp.tokyo.monozukuri.notification.NotificationProperties;
import jp.tokyo.monozukuri.notification.domain.Notice;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * A notice as an e-mail: UTF-8, the plain-text letter with its HTML alternative, and headers naming the notice and
 * the event, by which the recipient's side (and the tests) can tell one notice from another.
 */
@Component
public class MimeLetters {

    public static final String NOTICE_ID_HEADER = "X-Monozukuri-Notice-Id";
    public static final String EVENT_ID_HEADER = "X-Monozukuri-Event-Id";

    private final NotificationProperties.Mail mail;
    private final Clock clock;

    public MimeLetters(NotificationProperties properties, Clock clock) {
        this.mail = properties.mail();
        this.clock = clock;
    }

    public MimeMessage toMime(Notice notice, Session session) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                "UTF-8");
        try {
            helper.setFrom(mail.from(), mail.fromName());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        helper.setTo(notice.recipient().value());
        helper.setSubject(notice.letter().subject());
        helper.setText(notice.letter().text(), notice.letter().html());
        helper.setSentDate(Date.from(clock.instant()));
        message.setHeader(NOTICE_ID_HEADER, notice.id());
        message.setHeader(EVENT_ID_HEADER, notice.eventId().toString());
        message.saveChanges();
        return message;
    }
}
