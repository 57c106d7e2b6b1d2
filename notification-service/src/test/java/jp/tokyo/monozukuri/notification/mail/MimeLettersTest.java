package jp.tokyo.monozukuri.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import jp.tokyo.monozukuri.notification.NotificationProperties;
import jp.tokyo.monozukuri.notification.domain.EmailAddress;
import jp.tokyo.monozukuri.notification.domain.Notice;
import jp.tokyo.monozukuri.notification.domain.NoticeKind;
import jp.tokyo.monozukuri.notification.domain.letter.Letter;
import jp.tokyo.monozukuri.notification.domain.letter.OfficialDocument;
import org.junit.jupiter.api.Test;

/** A notice as the municipality's mail client reads it: written out and parsed back. */
class MimeLettersTest {

    private static final Instant NOW = Instant.parse("2014-03-13T01:00:00Z");

    private final MimeLetters letters = new MimeLetters(new NotificationProperties("東京都産業労働局長",
            new NotificationProperties.Mail("notice@sangyo-rodo.metro.tokyo.example", "東京都産業労働局"),
            new NotificationProperties.Dispatch(Duration.ofMillis(200), 50, Duration.ofMinutes(2),
                    Duration.ofSeconds(30), Duration.ofMinutes(15)),
            new NotificationProperties.Recipients(true, Map.of(), 10)),
            Clock.fixed(NOW, ZoneId.of("Asia/Tokyo")));

    @Test
    void aNoticeIsAUtf8LetterWithItsHtmlAlternativeAndItsIds() throws Exception {
        UUID eventId = UUID.randomUUID();
        Notice notice = Notice.record(eventId, NoticeKind.PLAN_RECEIVED, "131091",
                EmailAddress.of("sangyo@city.shinagawa.example.jp"),
                new Letter("地域産業基盤強化計画の受付について", "品川区長 殿\n受け付けました。",
                        "<p>品川区長 殿</p><p>受け付けました。</p>"), NOW);

        MimeMessage read = writtenAndReadBack(letters.toMime(notice, Session.getInstance(new Properties())));

        assertThat(read.getSubject()).isEqualTo("地域産業基盤強化計画の受付について");
        InternetAddress from = (InternetAddress) read.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("notice@sangyo-rodo.metro.tokyo.example");
        assertThat(from.getPersonal()).isEqualTo("東京都産業労働局");
        assertThat(read.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("sangyo@city.shinagawa.example.jp");
        assertThat(read.getSentDate().toInstant()).isEqualTo(NOW);
        assertThat(read.getHeader(MimeLetters.NOTICE_ID_HEADER)).containsExactly(notice.id());
        assertThat(read.getHeader(MimeLetters.EVENT_ID_HEADER)).containsExactly(eventId.toString());

        MimeMultipart alternatives = (MimeMultipart) read.getContent();
        assertThat(alternatives.getContentType()).startsWith("multipart/alternative");
        assertThat(alternatives.getCount()).isEqualTo(2);
        assertThat(alternatives.getBodyPart(0).getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(alternatives.getBodyPart(0).getContent()).isEqualTo("品川区長 殿\n受け付けました。");
        assertThat(alternatives.getBodyPart(1).getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
        assertThat(alternatives.getBodyPart(1).getContent()).isEqualTo("<p>品川区長 殿</p><p>受け付けました。</p>");
    }

    @Test
    void aNoticeWithADocumentCarriesItsPdfAsAnAttachmentNamedAfterTheSubject() throws Exception {
        // given
        byte[] pdf = "%PDF-1.7 test".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Notice notice = Notice.record(UUID.randomUUID(), NoticeKind.PLAN_APPROVED, "131091",
                EmailAddress.of("sangyo@city.shinagawa.example.jp"),
                new Letter("地域産業基盤強化計画の承認について(通知)", "品川区長 殿", "<p>品川区長 殿</p>",
                        new OfficialDocument(pdf, false)), NOW);

        // when
        MimeMessage read = writtenAndReadBack(letters.toMime(notice, Session.getInstance(new Properties())));

        // then
        MimeMultipart mixed = (MimeMultipart) read.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
        jakarta.mail.BodyPart attachment = mixed.getBodyPart(1);
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(attachment.getDisposition()).isEqualTo(jakarta.mail.Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("地域産業基盤強化計画の承認について(通知).pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void aSubjectBecomesAFileNameWithoutCharactersFileSystemsRefuse() {
        assertThat(MimeLetters.fileName("計画/変更:「案」?")).isEqualTo("計画_変更_「案」_.pdf");
    }

    private static MimeMessage writtenAndReadBack(MimeMessage message) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes.toByteArray()));
    }
}
