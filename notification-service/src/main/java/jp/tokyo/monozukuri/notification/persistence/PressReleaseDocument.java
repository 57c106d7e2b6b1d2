package jp.tokyo.monozukuri.notification.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tokyo.monozukuri.notification.domain.pressrelease.PressRelease;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A press release as published; its id is the round's, so a round is announced once. */
@Document(PressReleaseDocument.COLLECTION)
public record PressReleaseDocument(
        @Id String id,
        @Indexed(unique = true) String eventId,
        String announcementDate,
        String bureau,
        String headline,
        List<String> municipalityCodes,
        List<String> municipalityNames,
        String text,
        String html,
        Instant publishedAt) {

    public static final String COLLECTION = "press_releases";

    static PressReleaseDocument of(PressRelease release) {
        return new PressReleaseDocument(release.id(), release.eventId().toString(),
                release.announcementDate().toString(), release.bureau(), release.headline(),
                release.municipalityCodes(), release.municipalityNames(), release.text(), release.html(),
                release.publishedAt());
    }

    PressRelease toPressRelease() {
        return new PressRelease(id, UUID.fromString(eventId), LocalDate.parse(announcementDate), bureau, headline,
                municipalityCodes, municipalityNames, text, html, publishedAt);
    }
}
