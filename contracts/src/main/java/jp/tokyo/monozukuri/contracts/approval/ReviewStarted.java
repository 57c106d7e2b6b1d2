package jp.tokyo.monozukuri.contracts.approval;

import java.time.OffsetDateTime;

/** {@code review.started}: a reviewer took up the review of a submitted revision (審査開始). */
public record ReviewStarted(String reviewId, String planId, int revision, String planTitle, String reviewer,
        OffsetDateTime startedAt) {
}
