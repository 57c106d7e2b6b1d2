package jp.tokyo.monozukuri.notification.domain;

/** A notice was asked to move to a state its current state does not lead to (e.g. re-sending a PENDING one). */
public class IllegalNoticeTransitionException extends RuntimeException {

    private final NoticeStatus from;
    private final NoticeStatus to;

    public IllegalNoticeTransitionException(String noticeId, NoticeStatus from, NoticeStatus to) {
        super("notice " + noticeId + " is " + from + " and cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public NoticeStatus from() {
        return from;
    }

    public NoticeStatus to() {
        return to;
    }
}
