package jp.tokyo.monozukuri.notification.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import jp.tokyo.monozukuri.notification.domain.letter.Letter;

/**
 * 通知 — one formal letter to one recipient, answering one event. Its id is derived from the event and the
 * recipient, so a redelivered event or a second replica arrives at the same notice instead of a second one.
 */
public final class Notice {

    private final String id;
    private final UUID eventId;
    private final NoticeKind kind;
    private final String municipalityCode;
    private final EmailAddress recipient;
    private final Letter letter;
    private final Instant createdAt;
    private NoticeStatus status;
    private int attempts;
    private String lastError;
    private Instant lastAttemptAt;
    private Instant nextAttemptAt;
    private Instant sentAt;
    private final String traceparent;
    private final Instant notBefore;

    private Notice(String id, UUID eventId, NoticeKind kind, String municipalityCode, EmailAddress recipient,
            Letter letter, Instant createdAt, NoticeStatus status, int attempts, String lastError,
            Instant lastAttemptAt, Instant nextAttemptAt, Instant sentAt, String traceparent, Instant notBefore) {
        this.id = Objects.requireNonNull(id, "id");
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.municipalityCode = Objects.requireNonNull(municipalityCode, "municipalityCode");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.letter = Objects.requireNonNull(letter, "letter");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.attempts = attempts;
        this.lastError = lastError;
        this.lastAttemptAt = lastAttemptAt;
        this.nextAttemptAt = nextAttemptAt;
        this.sentAt = sentAt;
        this.traceparent = traceparent;
        this.notBefore = notBefore;
    }

    /** A new notice, PENDING and due at once: recorded before anything is sent. */
    public static Notice record(UUID eventId, NoticeKind kind, String municipalityCode, EmailAddress recipient,
            Letter letter, Instant now) {
        return record(eventId, kind, municipalityCode, recipient, letter, now, null);
    }

    /**
     * A new notice, PENDING: due at once, or at {@code notBefore} if that is later (an embargoed announcement waits
     * for its date; no attempt, retry or re-send sends it earlier).
     */
    public static Notice record(UUID eventId, NoticeKind kind, String municipalityCode, EmailAddress recipient,
            Letter letter, Instant now, Instant notBefore) {
        return new Notice(idOf(eventId, recipient), eventId, kind, municipalityCode, recipient, letter, now,
                NoticeStatus.PENDING, 0, null, null, notEarlierThan(now, notBefore), null, null, notBefore);
    }

    /** A notice as it was stored. */
    public static Notice restore(String id, UUID eventId, NoticeKind kind, String municipalityCode,
            EmailAddress recipient, Letter letter, Instant createdAt, NoticeStatus status, int attempts,
            String lastError, Instant lastAttemptAt, Instant nextAttemptAt, Instant sentAt) {
        return restore(id, eventId, kind, municipalityCode, recipient, letter, createdAt, status, attempts, lastError,
                lastAttemptAt, nextAttemptAt, sentAt, null, null);
    }

    /**
     * A notice as it was stored, with the W3C trace context of the event that caused it (null for a notice recorded
     * before traces were kept), so that sending it continues that trace.
     */
    public static Notice restore(String id, UUID eventId, NoticeKind kind, String municipalityCode,
            EmailAddress recipient, Letter letter, Instant createdAt, NoticeStatus status, int attempts,
            String lastError, Instant lastAttemptAt, Instant nextAttemptAt, Instant sentAt, String traceparent) {
        return restore(id, eventId, kind, municipalityCode, recipient, letter, createdAt, status, attempts, lastError,
                lastAttemptAt, nextAttemptAt, sentAt, traceparent, null);
    }

    /** A notice as it was stored, with its embargo ({@code notBefore}, null for none). */
    public static Notice restore(String id, UUID eventId, NoticeKind kind, String municipalityCode,
            EmailAddress recipient, Letter letter, Instant createdAt, NoticeStatus status, int attempts,
            String lastError, Instant lastAttemptAt, Instant nextAttemptAt, Instant sentAt, String traceparent,
            Instant notBefore) {
        return new Notice(id, eventId, kind, municipalityCode, recipient, letter, createdAt, status, attempts,
                lastError, lastAttemptAt, nextAttemptAt, sentAt, traceparent, notBefore);
    }

    /** The one id the notice of this event for this recipient can have. */
    public static String idOf(UUID eventId, EmailAddress recipient) {
        return UUID.nameUUIDFromBytes((eventId + "\n" + recipient.value()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The relay accepted the message. */
    public void markSent(Instant at) {
        status = status.after(NoticeStatus.Change.SENT, id);
        attempts++;
        lastAttemptAt = at;
        sentAt = at;
        nextAttemptAt = null;
    }

    /**
     * An attempt failed. A temporary failure keeps the notice PENDING and due again after the schedule's wait; a
     * permanent one makes it FAILED until staff re-send it.
     */
    public void recordFailedAttempt(DeliveryFailure failure, Instant at, RetrySchedule schedule) {
        status = status.after(failure.permanent() ? NoticeStatus.Change.FAILED_PERMANENTLY
                : NoticeStatus.Change.FAILED_TEMPORARILY, id);
        attempts++;
        lastError = failure.error();
        lastAttemptAt = at;
        nextAttemptAt = failure.permanent() ? null
                : notEarlierThan(at.plus(schedule.delayAfter(attempts)), notBefore);
    }

    /** 再送 — staff send a SENT or FAILED notice again; it is PENDING and due at once. */
    public void resend(Instant at) {
        status = status.after(NoticeStatus.Change.RESENT, id);
        nextAttemptAt = notEarlierThan(at, notBefore);
    }

    /** True while the notice's embargo has not ended: it is not sent, whatever its status says. */
    public boolean embargoedAt(Instant at) {
        return notBefore != null && at.isBefore(notBefore);
    }

    private static Instant notEarlierThan(Instant at, Instant notBefore) {
        return notBefore != null && notBefore.isAfter(at) ? notBefore : at;
    }

    public String id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public NoticeKind kind() {
        return kind;
    }

    public String eventType() {
        return kind.eventType();
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public EmailAddress recipient() {
        return recipient;
    }

    public Letter letter() {
        return letter;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public NoticeStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** The embargo: the notice is not sent before this instant; null for a notice that may go out at once. */
    public Instant notBefore() {
        return notBefore;
    }

    /** The W3C {@code traceparent} of the event that caused the notice, as recorded; null before it is stored. */
    public String traceparent() {
        return traceparent;
    }
}
