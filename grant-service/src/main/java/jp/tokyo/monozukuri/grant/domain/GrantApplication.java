package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 交付申請 — the municipality's application for one fiscal year: the eligible cost (補助対象経費), the amount it asks
 * for, and the eligible cost of each project.
 */
public record GrantApplication(LocalDate applicationDate, long eligibleCostYen, long requestedAmountYen,
        List<ProjectCost> breakdown, String filedBy) {

    public GrantApplication {
        Amounts.requireDate("applicationDate", applicationDate);
        Amounts.requirePositive("eligibleCostYen", eligibleCostYen);
        Amounts.requirePositive("requestedAmountYen", requestedAmountYen);
        if (breakdown == null || breakdown.isEmpty()) {
            throw new InvalidInputException("breakdown", "must list the eligible cost of at least one project");
        }
        breakdown = List.copyOf(breakdown);
        Amounts.requireAddsUp("breakdown", breakdown, "eligibleCostYen", eligibleCostYen);
    }
}
