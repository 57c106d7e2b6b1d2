package jp.tokyo.monozukuri.infrastructure.problem;

import java.util.List;

/**
 * A rule violation that the API answers with an RFC 9457 problem. Plain Java (no Spring), so domain code
 * can throw its own subclasses: one subclass per rule, each with a stable {@link #type()} slug that becomes
 * the problem's {@code type} URI.
 */
public abstract class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldViolation> violations;

    protected ApiProblem(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    protected ApiProblem(int status, String type, String title, String detail, List<FieldViolation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public int status() {
        return status;
    }

    /** Stable slug, e.g. {@code plan-not-editable}; the problem type is {@code ProblemTypes.uri(slug)}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** 404: the resource does not exist, or the caller may not know that it does. */
    public static class NotFound extends ApiProblem {
        public NotFound(String what, String id) {
            super(404, "not-found", "Not found", what + " " + id + " was not found");
        }
    }

    /** 400: input that breaks the rules, naming each offending field. */
    public static class InvalidInput extends ApiProblem {
        public InvalidInput(List<FieldViolation> violations) {
            super(400, "validation", "Invalid input", violations.size() + " field(s) are invalid", violations);
        }
    }
}
