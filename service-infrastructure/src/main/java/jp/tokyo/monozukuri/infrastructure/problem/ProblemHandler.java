package jp.tokyo.monozukuri.infrastructure.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Maps every error to an RFC 9457 problem with a stable {@code type} and, for bad input, the offending
 * fields in {@code errors}. Bad input is always a 4xx; an unexpected failure is a 500 without internals.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate Object property \"([^\"]*)\"");

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
        return ResponseEntity.status(e.status()).body(ProblemResponses.of(e));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(List.of(new FieldViolation(e.getName(), "has an invalid value")));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemResponses.of(HttpStatus.CONFLICT,
                "concurrent-modification", "Concurrent modification",
                "the resource was changed by someone else at the same time; reload it and try again"));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemResponses.of(HttpStatus.CONFLICT,
                "duplicate", "Already exists", "a resource with the same identity already exists"));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemResponses.of(HttpStatus.FORBIDDEN,
                "forbidden", "Forbidden", "your role does not allow this"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected failure", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ProblemResponses.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "the request could not be completed; it has been logged"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            violations.add(new FieldViolation(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> violations.add(new FieldViolation(error.getObjectName(), error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(validation(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                violations.add(new FieldViolation(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage()))));
        return ResponseEntity.badRequest().body(validation(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        String message = "is not readable JSON";
        Throwable cause = e.getCause();
        Matcher duplicate = cause == null ? null : DUPLICATE_KEY.matcher(String.valueOf(cause.getMessage()));
        if (duplicate != null && duplicate.find()) {
            // a member named twice: the field is named, never silently the last value taken (StrictJson)
            String parent = cause instanceof JacksonException jackson ? jsonPath(jackson.getPath()) : "body";
            field = parent.equals("body") ? duplicate.group(1) : parent + "." + duplicate.group(1);
            message = "appears more than once in the same object";
        } else if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            field = jsonPath(jackson.getPath());
            message = cause instanceof DatabindException
                    ? "has an invalid value or is not allowed (numbers, strings and booleans are taken only as such)"
                    : "is not valid JSON";
        } else if (cause instanceof JacksonException) {
            message = "is not valid JSON";
        }
        return ResponseEntity.badRequest().body(validation(List.of(new FieldViolation(field, message))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType().toString().equals("about:blank")) {
            problem.setType(ProblemTypes.uri("http-" + status.value()));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /** {@code measures[0].projects[1].name} from Jackson's path of references. */
    static String jsonPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static ResponseEntity<ProblemDetail> badRequest(List<FieldViolation> violations) {
        return ResponseEntity.badRequest().body(validation(violations));
    }

    private static ProblemDetail validation(List<FieldViolation> violations) {
        return ProblemResponses.of(HttpStatus.BAD_REQUEST, "validation", "Invalid input",
                violations.size() + " field(s) are invalid", violations);
    }
}
