package jp.tokyo.monozukuri.notification;

import jp.tokyo.monozukuri.notification.domain.NoticeComposer;
import jp.tokyo.monozukuri.notification.domain.RecipientPolicy;
import jp.tokyo.monozukuri.notification.domain.RetrySchedule;
import jp.tokyo.monozukuri.notification.domain.document.PdfLetterRenderer;
import jp.tokyo.monozukuri.notification.domain.letter.LetterWriter;
import jp.tokyo.monozukuri.notification.domain.pressrelease.PressReleaseWriter;
import jp.tokyo.monozukuri.notification.domain.template.TemplateLibrary;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java domain services, wired once with the templates under {@code classpath:templates}. */
@Configuration
@EnableConfigurationProperties({NotificationProperties.class, LetterProperties.class})
class NotificationConfiguration {

    @Bean
    TemplateLibrary templateLibrary() {
        return TemplateLibrary.fromClasspath("templates");
    }

    /** The PDF documents, in the font shipped under {@code classpath:fonts} (parsed once). */
    @Bean
    PdfLetterRenderer pdfLetterRenderer() {
        return PdfLetterRenderer.withShippedFont();
    }

    @Bean
    NoticeComposer noticeComposer(TemplateLibrary templates, NotificationProperties properties,
            LetterProperties letters, PdfLetterRenderer documents) {
        return new NoticeComposer(new LetterWriter(templates, letters.letterhead(properties.sender()),
                letters.programNames(), documents));
    }

    @Bean
    PressReleaseWriter pressReleaseWriter(TemplateLibrary templates) {
        return new PressReleaseWriter(templates);
    }

    @Bean
    RecipientPolicy recipientPolicy(NotificationProperties properties) {
        NotificationProperties.Recipients recipients = properties.recipients();
        return RecipientPolicy.of(recipients.officialDomains(), recipients.allowedDomains(),
                recipients.maxPerMunicipality());
    }

    @Bean
    RetrySchedule retrySchedule(NotificationProperties properties) {
        return new RetrySchedule(properties.dispatch().firstRetryDelay(), properties.dispatch().maxRetryDelay());
    }
}
