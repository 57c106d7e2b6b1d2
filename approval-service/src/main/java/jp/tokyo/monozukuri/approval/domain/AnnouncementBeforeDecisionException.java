package jp.tokyo.monozukuri.approval.domain;

import java.time.LocalDate;

/** A round cannot announce on a date before one of its plans was approved. */
public class AnnouncementBeforeDecisionException extends RuntimeException {

    public AnnouncementBeforeDecisionException(String reviewId, LocalDate announcementDate, LocalDate decisionDate) {
        super("review " + reviewId + " was approved on " + decisionDate + ", after the announcement date "
                + announcementDate);
    }
}
