package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;
import java.util.List;

/** Checks shared by the records of the lifecycle. */
final class Amounts {

    private Amounts() {
    }

    static void requireNotNegative(String field, long yen) {
        if (yen < 0) {
            throw new InvalidInputException(field, "cannot be negative");
        }
    }

    static void requirePositive(String field, long yen) {
        if (yen <= 0) {
            throw new InvalidInputException(field, "must be positive");
        }
    }

    static void requireDate(String field, LocalDate date) {
        if (date == null) {
            throw new InvalidInputException(field, "is required");
        }
    }

    static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
    }

    /** A breakdown, when given, adds up exactly to the total it breaks down. */
    static void requireAddsUp(String field, List<ProjectCost> breakdown, String totalField, long totalYen) {
        long sum = 0;
        for (ProjectCost cost : breakdown) {
            sum = Math.addExact(sum, cost.eligibleCostYen());
        }
        if (sum != totalYen) {
            throw new BreakdownMismatchException(field, sum, totalField, totalYen);
        }
    }
}
