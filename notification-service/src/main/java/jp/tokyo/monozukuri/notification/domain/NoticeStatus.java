package jp.tokyo.monozukuri.notification.domain;

/**
 * Where a notice stands. A notice is recorded PENDING before anything is sent, so a crash between the send and
 * the mark can at worst repeat one send, never lose one. Every transition is decided here and nowhere else.
 */
public enum NoticeStatus {

    /** 送信待ち — recorded; not yet accepted by the mail relay (also while the relay is down). */
    PENDING,

    /** 送信済み — the mail relay accepted the message. */
    SENT,

    /** 送信失敗 — the relay refused the message for good (e.g. an unknown mailbox); a person must look. */
    FAILED;

    /** What can happen to a notice. */
    public enum Change {
        /** The relay accepted the message. */
        SENT,
        /** The relay could not be reached or said "try later". */
        FAILED_TEMPORARILY,
        /** The relay refused the message for good. */
        FAILED_PERMANENTLY,
        /** 再送 — staff asked for the notice to go out again. */
        RESENT
    }

    /**
     * The status after {@code change}: only a PENDING notice is attempted (and stays PENDING on a temporary
     * failure); only a SENT or FAILED one can be re-sent.
     */
    public NoticeStatus after(Change change, String noticeId) {
        NoticeStatus next = switch (change) {
            case SENT -> this == PENDING ? SENT : null;
            case FAILED_TEMPORARILY -> this == PENDING ? PENDING : null;
            case FAILED_PERMANENTLY -> this == PENDING ? FAILED : null;
            case RESENT -> {
                if (this == PENDING) {
                    throw new NoticeAlreadyPendingException(noticeId);
                }
                yield PENDING;
            }
        };
        if (next == null) {
            throw new IllegalNoticeTransitionException(noticeId, this, change);
        }
        return next;
    }
}
