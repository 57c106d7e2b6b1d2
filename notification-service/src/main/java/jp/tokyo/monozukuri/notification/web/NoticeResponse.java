package jp.tokyo.monozukuri.notification.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import jp.tokyo.monozukuri.infrastructure.events.TraceContext;
import jp.tokyo.monozukuri.notification.domain.Notice;

/**
 * A notice: to whom, about which event, where it stands; with the letter as sent when asked for one notice.
 *
 * @param traceId the W3C trace id the event was handled in: logs, traces and every service's
 *                {@code /api/audit/plans/{planId}} show the same id
 * @param notBefore the embargo of an announcement's notice: it is not sent before this instant
 * @param text the plain-text letter (only on {@code GET /api/notifications/{id}})
 * @param html its HTML alternative (only on {@code GET /api/notifications/{id}})
 * @param document where the notice's PDF document is read ({@code GET /api/notifications/{id}/document}); only on
 *                 {@code GET /api/notifications/{id}}, absent for a notice recorded before documents were issued
 * @param sealRequired true for an order issued under seal (返還命令): the mail and its PDF are a copy and the sealed
 *                     original is to be issued on paper (only on {@code GET /api/notifications/{id}})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoticeResponse(String id, String eventId, String eventType, String kind, String municipalityCode,
        String recipient, String subject, String status, int attempts, String lastError, Instant createdAt,
        Instant lastAttemptAt, Instant nextAttemptAt, Instant sentAt, Instant notBefore, String traceId, String text,
        String html, String document, Boolean sealRequired) {

    static NoticeResponse summary(Notice notice) {
        return of(notice, false);
    }

    static NoticeResponse withLetter(Notice notice) {
        return of(notice, true);
    }

    private static NoticeResponse of(Notice notice, boolean withLetter) {
        return new NoticeResponse(notice.id(), notice.eventId().toString(), notice.eventType(), notice.kind().name(),
                notice.municipalityCode(), notice.recipient().value(), notice.letter().subject(),
                notice.status().name(), notice.attempts(), notice.lastError(), notice.createdAt(),
                notice.lastAttemptAt(), notice.nextAttemptAt(), notice.sentAt(), notice.notBefore(),
                TraceContext.traceIdOf(notice.traceparent()).orElse(null),
                withLetter ? notice.letter().text() : null, withLetter ? notice.letter().html() : null,
                withLetter && notice.letter().document() != null
                        ? "/api/notifications/" + notice.id() + "/document" : null,
                withLetter ? notice.letter().sealRequired() : null);
    }
}
