package jp.tokyo.monozukuri.approval.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.approval.application.ApproverDecisions;
import jp.tokyo.monozukuri.approval.application.ReviewQueries;
import jp.tokyo.monozukuri.approval.application.ReviewerActions;
import jp.tokyo.monozukuri.approval.domain.Review;
import jp.tokyo.monozukuri.approval.domain.ReviewStatus;
import jp.tokyo.monozukuri.approval.web.Requests.CommentRequest;
import jp.tokyo.monozukuri.approval.web.Requests.ReasonsRequest;
import jp.tokyo.monozukuri.approval.web.Requests.ReassignRequest;
import jp.tokyo.monozukuri.approval.web.Requests.RecommendRequest;
import jp.tokyo.monozukuri.infrastructure.idempotency.Idempotent;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import jp.tokyo.monozukuri.infrastructure.security.Caller;
import jp.tokyo.monozukuri.infrastructure.security.Role;
import jp.tokyo.monozukuri.infrastructure.web.PageResponse;
import jp.tokyo.monozukuri.infrastructure.web.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reviews (審査). Reviewers start, comment, return and recommend; approvers approve or reject; admins do
 * everything; a municipality reads the status, decision and return reasons of its own plans' reviews.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "reviews", description = "審査: reviews of submitted plans and their decisions")
class ReviewController {

    private final ReviewQueries queries;
    private final ReviewerActions reviewer;
    private final ApproverDecisions approver;

    ReviewController(ReviewQueries queries, ReviewerActions reviewer, ApproverDecisions approver) {
        this.queries = queries;
        this.reviewer = reviewer;
        this.approver = approver;
    }

    @GetMapping("/reviews")
    @Operation(summary = "A page of reviews, newest first; a municipality sees only its own")
    PageResponse<ReviewView> list(@RequestParam(required = false) ReviewStatus status,
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String municipalityCode,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
        Paging.requireCountable(page, size);
        return PageResponse.of(queries.search(Optional.ofNullable(status), caller.listScope(municipalityCode),
                PageRequest.of(page, size)), review -> caller.isTokyoStaff() ? ReviewSummary.of(review)
                : MunicipalityReviewView.of(review));
    }

    @GetMapping("/reviews/{id}")
    @Operation(summary = "One review: everything for Tokyo staff; status, decision and return reasons for its municipality")
    ReviewView get(@PathVariable String id, Caller caller) {
        Review review = visible(queries.get(id), caller);
        return caller.isTokyoStaff() ? details(review) : MunicipalityReviewView.of(review);
    }

    @GetMapping("/plans/{planId}/reviews")
    @Operation(summary = "The chain of reviews of one plan, first to last")
    List<ReviewView> chain(@PathVariable String planId, Caller caller) {
        List<Review> chain = queries.chainOf(planId);
        if (chain.isEmpty() || !caller.canSee(chain.get(0).municipalityCode())) {
            throw new ApiProblem.NotFound("reviews of plan", planId);
        }
        return chain.stream().map(review -> caller.isTokyoStaff() ? (ReviewView) details(review)
                : MunicipalityReviewView.of(review)).toList();
    }

    @PostMapping("/reviews/{id}/start")
    @Operation(summary = "審査開始: the calling reviewer takes the review up; emits review.started")
    ReviewDetails start(@PathVariable String id, Caller caller) {
        caller.requireAnyRole(Role.REVIEWER, Role.ADMIN);
        return details(reviewer.start(id, caller.subject()));
    }

    @PostMapping("/reviews/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "An internal comment, optionally about one measure; never shown to the municipality")
    ReviewDetails.CommentView comment(@PathVariable String id, @Valid @RequestBody CommentRequest request,
            Caller caller) {
        caller.requireAnyRole(Role.REVIEWER, Role.APPROVER, Role.ADMIN);
        return ReviewDetails.CommentView.of(reviewer.comment(id, caller.subject(),
                caller.hasAny(Role.APPROVER, Role.ADMIN), request.text(), request.measureNumber()));
    }

    @Idempotent
    @PostMapping("/reviews/{id}/return")
    @Operation(summary = "差戻し: back to the municipality with the reasons it reads; emits plan.returned")
    ReviewDetails returnToMunicipality(@PathVariable String id, @Valid @RequestBody ReasonsRequest request,
            Caller caller) {
        caller.requireAnyRole(Role.REVIEWER, Role.ADMIN);
        return details(reviewer.returnToMunicipality(id, caller.subject(), request.reasons()));
    }

    @PostMapping("/reviews/{id}/reviewer")
    @Operation(summary = "担当替え: an ADMIN hands a review in progress to another reviewer (never one of the plan's authors)")
    ReviewDetails reassign(@PathVariable String id, @Valid @RequestBody ReassignRequest request, Caller caller) {
        caller.requireAnyRole(Role.ADMIN);
        return details(reviewer.reassign(id, request.reviewer(), caller.subject()));
    }

    @PostMapping("/reviews/{id}/recommend")
    @Operation(summary = "The reviewer recommends approval; an approver (someone else) decides")
    ReviewDetails recommend(@PathVariable String id, @Valid @RequestBody(required = false) RecommendRequest request,
            Caller caller) {
        caller.requireAnyRole(Role.REVIEWER, Role.ADMIN);
        return details(reviewer.recommend(id, caller.subject(), request == null ? null : request.note()));
    }

    @Idempotent
    @PostMapping("/reviews/{id}/approve")
    @Operation(summary = "承認 of a recommended review by someone other than its recommender; emits plan.approved")
    ReviewDetails approve(@PathVariable String id, Caller caller) {
        caller.requireAnyRole(Role.APPROVER, Role.ADMIN);
        return details(approver.approve(id, caller.subject()));
    }

    @Idempotent
    @PostMapping("/reviews/{id}/reject")
    @Operation(summary = "不承認 of a recommended review, with reasons; emits plan.rejected")
    ReviewDetails reject(@PathVariable String id, @Valid @RequestBody ReasonsRequest request, Caller caller) {
        caller.requireAnyRole(Role.APPROVER, Role.ADMIN);
        return details(approver.reject(id, caller.subject(), request.reasons()));
    }

    private ReviewDetails details(Review review) {
        return ReviewDetails.of(review, queries.roundOf(review.id()).orElse(null));
    }

    private static Review visible(Review review, Caller caller) {
        caller.requireVisible(review.municipalityCode(), () -> new ApiProblem.NotFound("review", review.id()));
        return review;
    }
}
