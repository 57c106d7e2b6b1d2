package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 実績報告 — what the municipality actually spent: the actual cost (実支出額), the part of it that is eligible
 * (補助対象経費), and other revenue for the same projects (その他の収入: fees, other subsidies), which is deducted.
 *
 * @param breakdown eligible actual cost per project; may be empty, and adds up when given
 */
public record PerformanceReport(LocalDate reportDate, long actualCostYen, long eligibleActualCostYen,
        long otherRevenueYen, List<ProjectCost> breakdown, String reportedBy) {

    public PerformanceReport {
        Amounts.requireDate("reportDate", reportDate);
        Amounts.requireNotNegative("actualCostYen", actualCostYen);
        Amounts.requireNotNegative("eligibleActualCostYen", eligibleActualCostYen);
        Amounts.requireNotNegative("otherRevenueYen", otherRevenueYen);
        if (eligibleActualCostYen > actualCostYen) {
            throw new EligibleCostAboveActualException(eligibleActualCostYen, actualCostYen);
        }
        breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
        if (!breakdown.isEmpty()) {
            Amounts.requireAddsUp("breakdown", breakdown, "eligibleActualCostYen", eligibleActualCostYen);
        }
        Amounts.requireText("reportedBy", reportedBy);
    }
}
