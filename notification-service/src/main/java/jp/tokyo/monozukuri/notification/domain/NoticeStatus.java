package jp.tokyo.monozukuri.notification.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a notice stands. A notice is recorded PENDING before anything is sent, so a crash between the send and
 * the mark can at worst repeat one send, never lose one. The allowed transitions are listed here and nowhere else.
 */
public enum NoticeStatus {

    /** 送信待ち — recorded; not yet accepted by the mail relay (also while the relay is down). */
    PENDING,

    /** 送信済み — the mail relay accepted the message. */
    SENT,

    /** 送信失敗 — the relay refused the message for good (e.g. an unknown mailbox); a person must look. */
    FAILED;

    /** PENDING may be retried (stays PENDING), sent or given up; SENT and FAILED may be re-sent by staff. */
    public Set<NoticeStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(PENDING, SENT, FAILED);
            case SENT, FAILED -> EnumSet.of(PENDING);
        };
    }

    public boolean canBecome(NoticeStatus target) {
        return next().contains(target);
    }
}
