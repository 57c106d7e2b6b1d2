package jp.tokyo.monozukuri.infrastructure.problem;

/** One offending field of a request, by its JSON path (e.g. {@code measures[0].projects[1].name}). */
public record FieldViolation(String field, String message) {
}
