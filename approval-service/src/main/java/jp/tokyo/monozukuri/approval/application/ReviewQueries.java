package jp.tokyo.monozukuri.approval.application;

import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.approval.domain.Review;
import jp.tokyo.monozukuri.approval.domain.ReviewStatus;
import jp.tokyo.monozukuri.approval.persistence.ApprovalRoundStore;
import jp.tokyo.monozukuri.approval.persistence.ReviewStore;
import jp.tokyo.monozukuri.approval.persistence.StoredReview;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Reading reviews: one, a page of them, or the chain of one plan. Visibility is the web layer's concern. */
@Service
public class ReviewQueries {

    private final ReviewStore reviews;
    private final ApprovalRoundStore rounds;

    public ReviewQueries(ReviewStore reviews, ApprovalRoundStore rounds) {
        this.reviews = reviews;
        this.rounds = rounds;
    }

    public Review get(String reviewId) {
        return reviews.find(reviewId).map(StoredReview::review)
                .orElseThrow(() -> new ApiProblem.NotFound("review", reviewId));
    }

    public Page<Review> search(Optional<ReviewStatus> status, Optional<String> municipalityCode, Pageable page) {
        return reviews.search(status, municipalityCode, page);
    }

    /** The plan's reviews, first to last; empty if the plan has none. */
    public List<Review> chainOf(String planId) {
        return reviews.chainOfPlan(planId);
    }

    /** The approval round that announces the review, if any. */
    public Optional<String> roundOf(String reviewId) {
        return Optional.ofNullable(rounds.roundsOf(List.of(reviewId)).get(reviewId));
    }
}
