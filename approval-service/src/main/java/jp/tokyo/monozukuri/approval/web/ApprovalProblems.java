package jp.tokyo.monozukuri.approval.web;

import java.util.List;
import jp.tokyo.monozukuri.approval.domain.AnnouncementBeforeDecisionException;
import jp.tokyo.monozukuri.approval.domain.AnnouncementDateOutOfRangeException;
import jp.tokyo.monozukuri.approval.domain.DecisionInProgressException;
import jp.tokyo.monozukuri.approval.domain.EmptyRoundException;
import jp.tokyo.monozukuri.approval.domain.FourEyesViolationException;
import jp.tokyo.monozukuri.approval.domain.IllegalReviewTransitionException;
import jp.tokyo.monozukuri.approval.domain.ReasonsRequiredException;
import jp.tokyo.monozukuri.approval.domain.ReviewAlreadyInRoundException;
import jp.tokyo.monozukuri.approval.domain.ReviewNotApprovedException;
import jp.tokyo.monozukuri.approval.domain.ReviewWithdrawnException;
import jp.tokyo.monozukuri.approval.domain.RoundAlreadyPublishedException;
import jp.tokyo.monozukuri.approval.domain.SeparationOfDutiesException;
import jp.tokyo.monozukuri.approval.domain.UnknownMeasureException;
import jp.tokyo.monozukuri.infrastructure.problem.FieldViolation;
import jp.tokyo.monozukuri.infrastructure.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Each approval rule, mapped once to its problem type ({@code .../problems/<slug>}). Ahead of the shared
 * handler, whose catch-all would otherwise answer these with a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApprovalProblems {

    @ExceptionHandler(IllegalReviewTransitionException.class)
    ResponseEntity<ProblemDetail> illegalTransition(IllegalReviewTransitionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "illegal-review-transition", "Not allowed in this state",
                e);
        problem.setProperty("reviewStatus", e.status());
        problem.setProperty("action", e.action());
        return respond(problem);
    }

    @ExceptionHandler(FourEyesViolationException.class)
    ResponseEntity<ProblemDetail> fourEyes(FourEyesViolationException e) {
        return respond(problem(HttpStatus.CONFLICT, "four-eyes", "Four-eyes principle", e));
    }

    @ExceptionHandler(ReviewWithdrawnException.class)
    ResponseEntity<ProblemDetail> withdrawn(ReviewWithdrawnException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "review-withdrawn", "Review withdrawn", e);
        problem.setProperty("reviewId", e.reviewId());
        problem.setProperty("reviewStatus", "WITHDRAWN");
        return respond(problem);
    }

    @ExceptionHandler(SeparationOfDutiesException.class)
    ResponseEntity<ProblemDetail> separationOfDuties(SeparationOfDutiesException e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "separation-of-duties", "Separation of duties", e);
        problem.setProperty("reviewId", e.reviewId());
        problem.setProperty("rule", e.rule());
        return respond(problem);
    }

    @ExceptionHandler(DecisionInProgressException.class)
    ResponseEntity<ProblemDetail> decisionInProgress(DecisionInProgressException e) {
        return respond(problem(HttpStatus.CONFLICT, "decision-in-progress", "Decision in progress", e));
    }

    @ExceptionHandler(ReasonsRequiredException.class)
    ResponseEntity<ProblemDetail> reasonsRequired(ReasonsRequiredException e) {
        return respond(invalid("reasons", e.getMessage()));
    }

    @ExceptionHandler(UnknownMeasureException.class)
    ResponseEntity<ProblemDetail> unknownMeasure(UnknownMeasureException e) {
        return respond(ProblemResponses.of(HttpStatus.BAD_REQUEST, "unknown-measure", "Unknown measure",
                e.getMessage(), List.of(new FieldViolation("measureNumber", "the plan has no measure "
                        + e.measureNumber()))));
    }

    @ExceptionHandler(ReviewNotApprovedException.class)
    ResponseEntity<ProblemDetail> notApproved(ReviewNotApprovedException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "review-not-approved", "Review not approved", e);
        problem.setProperty("reviewId", e.reviewId());
        problem.setProperty("reviewStatus", e.status());
        return respond(problem);
    }

    @ExceptionHandler(ReviewAlreadyInRoundException.class)
    ResponseEntity<ProblemDetail> alreadyInRound(ReviewAlreadyInRoundException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "review-already-in-round", "Review already announced",
                e);
        problem.setProperty("reviewId", e.reviewId());
        return respond(problem);
    }

    @ExceptionHandler(RoundAlreadyPublishedException.class)
    ResponseEntity<ProblemDetail> alreadyPublished(RoundAlreadyPublishedException e) {
        return respond(problem(HttpStatus.CONFLICT, "round-already-published", "Round already published", e));
    }

    @ExceptionHandler(EmptyRoundException.class)
    ResponseEntity<ProblemDetail> emptyRound(EmptyRoundException e) {
        return respond(invalid("reviewIds", e.getMessage()));
    }

    @ExceptionHandler(AnnouncementBeforeDecisionException.class)
    ResponseEntity<ProblemDetail> announcementBeforeDecision(AnnouncementBeforeDecisionException e) {
        return respond(ProblemResponses.of(HttpStatus.BAD_REQUEST, "announcement-before-decision",
                "Announcement before decision", e.getMessage(),
                List.of(new FieldViolation("announcementDate", e.getMessage()))));
    }

    @ExceptionHandler(AnnouncementDateOutOfRangeException.class)
    ResponseEntity<ProblemDetail> announcementDateOutOfRange(AnnouncementDateOutOfRangeException e) {
        return respond(ProblemResponses.of(HttpStatus.BAD_REQUEST, "announcement-date-out-of-range",
                "Announcement date out of range", "announcementDate " + e.getMessage(),
                List.of(new FieldViolation("announcementDate", e.getMessage()))));
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, RuntimeException e) {
        return ProblemResponses.of(status, slug, title, e.getMessage());
    }

    private static ProblemDetail invalid(String field, String message) {
        return ProblemResponses.of(HttpStatus.BAD_REQUEST, "validation", "Invalid input", "1 field(s) are invalid",
                List.of(new FieldViolation(field, message)));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
