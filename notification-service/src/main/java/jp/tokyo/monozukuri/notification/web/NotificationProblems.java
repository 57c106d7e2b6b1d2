package jp.tokyo.monozukuri.notification.web;

import java.util.List;
import jp.tokyo.monozukuri.infrastructure.problem.FieldViolation;
import jp.tokyo.monozukuri.infrastructure.problem.ProblemResponses;
import jp.tokyo.monozukuri.notification.domain.IllegalNoticeTransitionException;
import jp.tokyo.monozukuri.notification.domain.NoticeAlreadyPendingException;
import jp.tokyo.monozukuri.notification.domain.RecipientsRefusedException;
import jp.tokyo.monozukuri.notification.domain.UnknownMunicipalityException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The notification domain's rule violations as problems, each with its own stable type. Ordered before the
 * shared handler, whose catch-all would otherwise answer first.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotificationProblems {

    @ExceptionHandler(UnknownMunicipalityException.class)
    ResponseEntity<ProblemDetail> unknownMunicipality(UnknownMunicipalityException e) {
        return ResponseEntity.badRequest().body(ProblemResponses.of(HttpStatus.BAD_REQUEST, "validation",
                "Invalid input", "1 field(s) are invalid",
                List.of(new FieldViolation("municipalityCode", "is not one of Tokyo's municipality codes"))));
    }

    @ExceptionHandler(RecipientsRefusedException.class)
    ResponseEntity<ProblemDetail> recipientsRefused(RecipientsRefusedException e) {
        List<FieldViolation> violations = e.refusals().stream()
                .map(refusal -> new FieldViolation(refusal.field(), refusal.reason())).toList();
        return ResponseEntity.badRequest().body(ProblemResponses.of(HttpStatus.BAD_REQUEST, "recipient-not-approved",
                "Recipient not approved", violations.size() + " field(s) are invalid", violations));
    }

    @ExceptionHandler(NoticeAlreadyPendingException.class)
    ResponseEntity<ProblemDetail> alreadyPending(NoticeAlreadyPendingException e) {
        return conflict("notice-already-pending", "Notice already pending", e.getMessage());
    }

    @ExceptionHandler(IllegalNoticeTransitionException.class)
    ResponseEntity<ProblemDetail> illegalTransition(IllegalNoticeTransitionException e) {
        return conflict("notice-status-conflict", "Not allowed in this status", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> conflict(String slug, String title, String detail) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemResponses.of(HttpStatus.CONFLICT, slug, title, detail));
    }
}
