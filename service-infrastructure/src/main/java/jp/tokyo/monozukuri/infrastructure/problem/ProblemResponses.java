package jp.tokyo.monozukuri.infrastructure.problem;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details the same way everywhere: stable type, title, detail and offending fields. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail,
            List<FieldViolation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.uri(slug));
        problem.setTitle(title);
        if (!violations.isEmpty()) {
            problem.setProperty("errors", violations);
        }
        return problem;
    }

    public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
        return of(status, slug, title, detail, List.of());
    }

    public static ProblemDetail of(ApiProblem problem) {
        return of(HttpStatusCode.valueOf(problem.status()), problem.type(), problem.title(), problem.getMessage(),
                problem.violations());
    }
}
