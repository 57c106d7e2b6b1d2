package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What Tokyo decides for a year (交付決定の内容).
 *
 * @param reportDueDate a report deadline other than the program's default; null keeps the default
 */
public record DecisionTerms(LocalDate decisionDate, long amountYen, List<String> conditions, LocalDate reportDueDate,
        String decidedBy) {

    public DecisionTerms {
        Amounts.requireDate("decisionDate", decisionDate);
        Amounts.requirePositive("amountYen", amountYen);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        Amounts.requireText("decidedBy", decidedBy);
    }
}
