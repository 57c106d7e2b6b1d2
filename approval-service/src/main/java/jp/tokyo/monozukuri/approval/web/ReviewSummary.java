package jp.tokyo.monozukuri.approval.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.tokyo.monozukuri.approval.domain.Decision;
import jp.tokyo.monozukuri.approval.domain.Review;
import jp.tokyo.monozukuri.approval.domain.ReviewStatus;

/** A line of Tokyo staff's review list. */
public record ReviewSummary(
        String id,
        String planId,
        int revision,
        int sequence,
        String municipalityCode,
        String municipalityName,
        String planTitle,
        ReviewStatus status,
        OffsetDateTime receivedAt,
        String reviewer,
        String documentNumber,
        LocalDate decisionDate) implements ReviewView {

    static ReviewSummary of(Review review) {
        Decision decision = review.decision().orElse(null);
        return new ReviewSummary(review.id(), review.planId(), review.revision(), review.sequence(),
                review.municipalityCode(), review.plan().municipalityName(), review.plan().title(), review.status(),
                review.receivedAt(), review.reviewer().orElse(null),
                decision == null ? null : decision.documentNumber().formatted(),
                decision == null ? null : decision.decisionDate());
    }
}
