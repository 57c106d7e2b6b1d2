package jp.tokyo.monozukuri.approval.domain;

/** An announcement date outside {@link AnnouncementWindow}: in the past, or too far ahead. */
public class AnnouncementDateOutOfRangeException extends RuntimeException {

    public AnnouncementDateOutOfRangeException(String message) {
        super(message);
    }
}
