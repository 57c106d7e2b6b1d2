package jp.tokyo.monozukuri.approval.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.tokyo.monozukuri.approval.domain.Decision;
import jp.tokyo.monozukuri.approval.domain.DecisionKind;
import jp.tokyo.monozukuri.approval.domain.PendingDecision;
import jp.tokyo.monozukuri.approval.domain.Recommendation;
import jp.tokyo.monozukuri.approval.domain.ReturnWithReasons;
import jp.tokyo.monozukuri.approval.domain.Review;
import jp.tokyo.monozukuri.approval.domain.ReviewAction;
import jp.tokyo.monozukuri.approval.domain.ReviewActivity;
import jp.tokyo.monozukuri.approval.domain.ReviewComment;
import jp.tokyo.monozukuri.approval.domain.ReviewStatus;
import jp.tokyo.monozukuri.approval.domain.Withdrawal;
import jp.tokyo.monozukuri.approval.domain.WithdrawalRefusal;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;

/** Everything about a review, for Tokyo's staff: internal comments and who did what included. */
public record ReviewDetails(
        String id,
        String planId,
        int revision,
        int sequence,
        String previousReviewId,
        String municipalityCode,
        String municipalityName,
        String planTitle,
        ReviewStatus status,
        OffsetDateTime receivedAt,
        String reviewer,
        List<CommentView> comments,
        ReturnWithReasons returned,
        Recommendation recommendation,
        PendingDecisionView pendingDecision,
        DecisionView decision,
        Withdrawal withdrawal,
        String roundId,
        List<ActivityView> activities,
        PlanRevision plan,
        WithdrawalRefusal withdrawalRefusal) implements ReviewView {

    static ReviewDetails of(Review review, String roundId) {
        return new ReviewDetails(review.id(), review.planId(), review.revision(), review.sequence(),
                review.previousReviewId().orElse(null), review.municipalityCode(), review.plan().municipalityName(),
                review.plan().title(), review.status(), review.receivedAt(), review.reviewer().orElse(null),
                review.comments().stream().map(CommentView::of).toList(), review.returned().orElse(null),
                review.recommendation().orElse(null), review.pendingDecision().map(PendingDecisionView::of).orElse(null),
                review.decision().map(DecisionView::of).orElse(null), review.withdrawal().orElse(null), roundId,
                review.activities().stream().map(ActivityView::of).toList(), review.plan(),
                review.withdrawalRefusal().orElse(null));
    }

    /** 内部コメント, optionally about one measure. */
    public record CommentView(int number, String author, OffsetDateTime at, String text, Integer measureNumber) {
        static CommentView of(ReviewComment c) {
            return new CommentView(c.number(), c.author(), c.at(), c.text(), c.measureNumber());
        }
    }

    /** A decision taken and waiting for its document number (seconds, unless something failed). */
    public record PendingDecisionView(DecisionKind kind, String decidedBy, OffsetDateTime decidedAt) {
        static PendingDecisionView of(PendingDecision p) {
            return new PendingDecisionView(p.kind(), p.decidedBy(), p.decidedAt());
        }
    }

    /** 承認 / 不承認 with its document number, e.g. 25産労商地第1号. */
    public record DecisionView(DecisionKind kind, String documentNumber, LocalDate decisionDate, List<String> reasons,
            String decidedBy, OffsetDateTime decidedAt) {
        static DecisionView of(Decision d) {
            return new DecisionView(d.kind(), d.documentNumber().formatted(), d.decisionDate(), d.reasons(),
                    d.decidedBy(), d.decidedAt());
        }
    }

    public record ActivityView(ReviewAction action, String by, OffsetDateTime at) {
        static ActivityView of(ReviewActivity a) {
            return new ActivityView(a.action(), a.by(), a.at());
        }
    }
}
