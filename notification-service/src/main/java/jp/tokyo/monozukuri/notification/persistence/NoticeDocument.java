package jp.tokyo.monozukuri.notification.persistence;

import java.time.Instant;
import java.util.UUID;
import jp.tokyo.monozukuri.notification.domain.EmailAddress;
import jp.tokyo.monozukuri.notification.domain.Notice;
import jp.tokyo.monozukuri.notification.domain.NoticeKind;
import jp.tokyo.monozukuri.notification.domain.NoticeStatus;
import jp.tokyo.monozukuri.notification.domain.letter.Letter;
import jp.tokyo.monozukuri.notification.domain.letter.OfficialDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A notice as stored. The unique index on (eventId, recipient) is what makes "one notice per event and recipient"
 * hold across redeliveries and replicas; {@code claimedBy}/{@code claimedUntil} are the lease of the replica
 * sending it.
 *
 * @param traceparent the W3C trace context the event was handled in: its trace id finds the request that caused
 *                    the notice, and sending continues that trace
 * @param notBefore   the embargo: not sent before this instant (null: none), whatever {@code nextAttemptAt} says
 * @param pdf          the document (公文書) as issued; null for a notice recorded before documents were
 * @param sealRequired the document is an order whose sealed original is issued on paper
 */
@Document(NoticeDocument.COLLECTION)
@CompoundIndex(name = "one_notice_per_event_and_recipient", def = "{'eventId': 1, 'recipient': 1}", unique = true)
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "by_municipality", def = "{'municipalityCode': 1, 'createdAt': -1}")
public record NoticeDocument(
        @Id String id,
        String eventId,
        String eventType,
        String kind,
        String municipalityCode,
        String recipient,
        String subject,
        String text,
        String html,
        String status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String claimedBy,
        Instant claimedUntil,
        String traceparent,
        Instant notBefore,
        byte[] pdf,
        Boolean sealRequired) {

    public static final String COLLECTION = "notices";

    /** The field of the PDF, left out where a page of notices is listed. */
    static final String PDF = "pdf";

    static NoticeDocument of(Notice notice, String traceparent) {
        return new NoticeDocument(notice.id(), notice.eventId().toString(), notice.eventType(), notice.kind().name(),
                notice.municipalityCode(), notice.recipient().value(), notice.letter().subject(),
                notice.letter().text(), notice.letter().html(), notice.status().name(), notice.attempts(),
                notice.lastError(), notice.createdAt(), notice.lastAttemptAt(), notice.nextAttemptAt(),
                notice.sentAt(), null, null, traceparent, notice.notBefore(),
                notice.letter().document() == null ? null : notice.letter().document().pdf(),
                notice.letter().document() == null ? null : notice.letter().document().sealRequired());
    }

    Notice toNotice() {
        return Notice.restore(id, UUID.fromString(eventId), NoticeKind.valueOf(kind), municipalityCode,
                new EmailAddress(recipient), new Letter(subject, text, html, document()), createdAt,
                NoticeStatus.valueOf(status), attempts, lastError, lastAttemptAt, nextAttemptAt, sentAt, traceparent,
                notBefore);
    }

    private OfficialDocument document() {
        return pdf == null ? null : new OfficialDocument(pdf, Boolean.TRUE.equals(sealRequired));
    }
}
