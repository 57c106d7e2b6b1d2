package jp.tokyo.monozukuri.plan.web;

import jp.tokyo.monozukuri.infrastructure.problem.FieldViolation;
import jp.tokyo.monozukuri.infrastructure.problem.ProblemResponses;
import jp.tokyo.monozukuri.plan.domain.IllegalPlanTransitionException;
import jp.tokyo.monozukuri.plan.domain.InvalidPlanException;
import jp.tokyo.monozukuri.plan.domain.OverlappingPlanException;
import jp.tokyo.monozukuri.plan.domain.PlanNotEditableException;
import jp.tokyo.monozukuri.plan.domain.WithdrawalPendingException;
import jp.tokyo.monozukuri.plan.domain.WithdrawalTooLateException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The plan domain's rule violations as problems, each with its own stable type. Ordered before the shared
 * handler, whose catch-all would otherwise answer first.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanProblems {

    @ExceptionHandler(InvalidPlanException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidPlanException e) {
        return ResponseEntity.badRequest().body(ProblemResponses.of(HttpStatus.BAD_REQUEST, "validation",
                "Invalid input", e.violations().size() + " field(s) are invalid",
                e.violations().stream().map(v -> new FieldViolation(v.field(), v.message())).toList()));
    }

    @ExceptionHandler(PlanNotEditableException.class)
    ResponseEntity<ProblemDetail> notEditable(PlanNotEditableException e) {
        return conflict("plan-not-editable", "Plan not editable", e.getMessage());
    }

    @ExceptionHandler(IllegalPlanTransitionException.class)
    ResponseEntity<ProblemDetail> illegalTransition(IllegalPlanTransitionException e) {
        return conflict("plan-status-conflict", "Not allowed in this status", e.getMessage());
    }

    @ExceptionHandler(WithdrawalTooLateException.class)
    ResponseEntity<ProblemDetail> withdrawalTooLate(WithdrawalTooLateException e) {
        ResponseEntity<ProblemDetail> response = conflict("withdrawal-refused", "Withdrawal refused", e.getMessage());
        response.getBody().setProperty("planStatus", e.status());
        e.documentNumber().ifPresent(number -> response.getBody().setProperty("documentNumber", number));
        return response;
    }

    @ExceptionHandler(WithdrawalPendingException.class)
    ResponseEntity<ProblemDetail> withdrawalPending(WithdrawalPendingException e) {
        return conflict("withdrawal-pending", "Withdrawal pending", e.getMessage());
    }

    @ExceptionHandler(OverlappingPlanException.class)
    ResponseEntity<ProblemDetail> overlapping(OverlappingPlanException e) {
        ResponseEntity<ProblemDetail> response = conflict("overlapping-plan-period", "Overlapping plan period",
                e.getMessage());
        e.conflictingPlanId().ifPresent(id -> response.getBody().setProperty("conflictingPlanId", id));
        return response;
    }

    private static ResponseEntity<ProblemDetail> conflict(String slug, String title, String detail) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemResponses.of(HttpStatus.CONFLICT, slug, title, detail));
    }
}
