package jp.tokyo.monozukuri.notification.domain;

/** A change that a notice's status does not allow, e.g. marking a notice sent twice. */
public class IllegalNoticeTransitionException extends RuntimeException {

    public IllegalNoticeTransitionException(String noticeId, NoticeStatus status, NoticeStatus.Change change) {
        super("notice " + noticeId + " is " + status + ": it cannot be " + change);
    }
}
