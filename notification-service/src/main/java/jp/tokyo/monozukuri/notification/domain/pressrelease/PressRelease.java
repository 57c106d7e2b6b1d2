package jp.tokyo.monozukuri.notification.domain.pressrelease;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * 報道発表資料 — the public announcement of an approval round, rendered once when the round is published and kept as
 * published: later template changes do not rewrite what was announced.
 *
 * @param id                the round's id: one release per round
 * @param eventId           the {@code approval-round.published} event it was rendered from
 * @param headline          the release's title as listed
 * @param municipalityNames the municipalities announced, in the release's order
 * @param text              the release as plain text, in the layout of the 2014-03-13 release
 * @param html              the release as an HTML page; every value in it is escaped
 */
public record PressRelease(String id, UUID eventId, LocalDate announcementDate, String bureau, String headline,
        List<String> municipalityCodes, List<String> municipalityNames, String text, String html,
        Instant publishedAt) {

    public PressRelease {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(announcementDate, "announcementDate");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        municipalityCodes = List.copyOf(municipalityCodes);
        municipalityNames = List.copyOf(municipalityNames);
    }
}
