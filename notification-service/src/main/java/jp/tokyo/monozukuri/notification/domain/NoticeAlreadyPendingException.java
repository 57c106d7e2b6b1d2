package jp.tokyo.monozukuri.notification.domain;

/** A re-send of a notice that is still waiting to go out: it will be sent anyway, and only once. */
public class NoticeAlreadyPendingException extends RuntimeException {

    private final String noticeId;

    public NoticeAlreadyPendingException(String noticeId) {
        super("notice " + noticeId + " is still PENDING and will be sent without a re-send");
        this.noticeId = noticeId;
    }

    public String noticeId() {
        return noticeId;
    }
}
