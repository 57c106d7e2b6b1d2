package jp.tokyo.monozukuri.approval.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import jp.tokyo.monozukuri.approval.domain.Review;
import jp.tokyo.monozukuri.approval.domain.ReviewComment;
import jp.tokyo.monozukuri.approval.persistence.ReviewStore;
import jp.tokyo.monozukuri.approval.persistence.StoredReview;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import org.springframework.stereotype.Service;

/** What a reviewer (審査担当) does with a review: take it up, comment, return it with reasons, recommend it. */
@Service
public class ReviewerActions {

    private final ReviewStore reviews;
    private final OutgoingEvents events;
    private final Clock clock;

    public ReviewerActions(ReviewStore reviews, OutgoingEvents events, Clock clock) {
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    public Review start(String reviewId, String reviewer) {
        return change(reviewId, review -> review.start(reviewer, now()));
    }

    /** @param asApprover the author comments as an approver (or ADMIN) on a review awaiting its decision */
    public ReviewComment comment(String reviewId, String author, boolean asApprover, String text,
            Integer measureNumber) {
        Review review = change(reviewId, r -> r.comment(author, asApprover, text, measureNumber, now()));
        List<ReviewComment> comments = review.comments();
        return comments.get(comments.size() - 1);
    }

    public Review returnToMunicipality(String reviewId, String reviewer, List<String> reasons) {
        return change(reviewId, review -> review.returnToMunicipality(reasons, reviewer, now()));
    }

    /** 担当替え — an ADMIN gives the review to another reviewer. */
    public Review reassign(String reviewId, String newReviewer, String admin) {
        return change(reviewId, review -> review.reassign(newReviewer, admin, now()));
    }

    public Review recommend(String reviewId, String reviewer, String note) {
        return change(reviewId, review -> review.recommend(reviewer, note, now()));
    }

    private Review change(String reviewId, Consumer<Review> action) {
        return Conflicts.retry(() -> {
            StoredReview stored = reviews.find(reviewId).orElseThrow(() -> new ApiProblem.NotFound("review", reviewId));
            action.accept(stored.review());
            reviews.update(stored, events.of(stored.review()));
            return stored.review();
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
