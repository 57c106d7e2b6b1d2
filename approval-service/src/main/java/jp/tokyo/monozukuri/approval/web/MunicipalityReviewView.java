package jp.tokyo.monozukuri.approval.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.tokyo.monozukuri.approval.domain.Decision;
import jp.tokyo.monozukuri.approval.domain.DecisionKind;
import jp.tokyo.monozukuri.approval.domain.ReturnWithReasons;
import jp.tokyo.monozukuri.approval.domain.Review;
import jp.tokyo.monozukuri.approval.domain.ReviewStatus;

/**
 * What a municipality may read about the review of its own plan: the status, the decision and the reasons a
 * return gave. Never internal comments, recommendations or the names of Tokyo's staff.
 */
public record MunicipalityReviewView(
        String id,
        String planId,
        int revision,
        int sequence,
        ReviewStatus status,
        List<String> returnReasons,
        OffsetDateTime returnedAt,
        MunicipalDecision decision) implements ReviewView {

    static MunicipalityReviewView of(Review review) {
        return new MunicipalityReviewView(review.id(), review.planId(), review.revision(), review.sequence(),
                review.status(), review.returned().map(ReturnWithReasons::reasons).orElse(List.of()),
                review.returned().map(ReturnWithReasons::returnedAt).orElse(null),
                review.decision().map(MunicipalDecision::of).orElse(null));
    }

    /** The decision as notified: kind, document number, date and, for a rejection, its reasons. */
    public record MunicipalDecision(DecisionKind kind, String documentNumber, LocalDate decisionDate,
            List<String> reasons) {
        static MunicipalDecision of(Decision d) {
            return new MunicipalDecision(d.kind(), d.documentNumber().formatted(), d.decisionDate(), d.reasons());
        }
    }
}
