package jp.tokyo.monozukuri.plan.domain;

import java.util.List;
import java.util.stream.Collectors;

/** The plan or a request about it breaks the program's rules; every offending field is listed. */
public class InvalidPlanException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidPlanException(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
