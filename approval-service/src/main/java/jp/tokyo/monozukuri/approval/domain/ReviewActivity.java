package jp.tokyo.monozukuri.approval.domain;

import java.time.OffsetDateTime;

/** One line of the review's record of who did what and when. */
public record ReviewActivity(ReviewAction action, String by, OffsetDateTime at) {
}
