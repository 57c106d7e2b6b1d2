package jp.tokyo.monozukuri.contracts.grant;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code grant.decided}: 交付決定 — Tokyo decided the subsidy of one fiscal year. The notice (交付決定通知書) carries
 * {@link #documentNumber}, e.g. 26産労商地助第1号.
 *
 * @param conditions    交付の条件 the municipality must keep
 * @param reportDueDate the 実績報告 deadline of this year
 */
public record GrantDecided(String grantId, String planId, String municipalityCode, String municipalityName,
        String planTitle, int fiscalYear, String documentNumber, LocalDate decisionDate, LocalDate applicationDate,
        long eligibleCostYen, long requestedAmountYen, long decidedAmountYen, List<String> conditions,
        LocalDate reportDueDate, String decidedBy) {
}
