package jp.tokyo.monozukuri.plan.domain;

/**
 * One offending field of a request, named by its path in the request body, e.g.
 * {@code measures[0].projects[2].plannedCosts[1].fiscalYear}.
 */
public record FieldViolation(String field, String message) {
}
