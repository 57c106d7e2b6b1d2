package jp.tokyo.monozukuri.notification.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.tokyo.monozukuri.notification.domain.pressrelease.PressRelease;

/**
 * A press release as listed; its text and page are at {@code /api/press-releases/{id}} as text/plain or text/html.
 *
 * @param embargoed true while its announcement date has not begun in Tokyo (only Tokyo's staff see such a release)
 */
public record PressReleaseResponse(String id, LocalDate announcementDate, String bureau, String headline,
        List<String> municipalityNames, Instant publishedAt, boolean embargoed) {

    static PressReleaseResponse of(PressRelease release, boolean embargoed) {
        return new PressReleaseResponse(release.id(), release.announcementDate(), release.bureau(),
                release.headline(), release.municipalityNames(), release.publishedAt(), embargoed);
    }
}
