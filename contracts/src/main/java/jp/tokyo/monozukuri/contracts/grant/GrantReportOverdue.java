package jp.tokyo.monozukuri.contracts.grant;

import java.time.LocalDate;

/**
 * {@code grant.report-overdue}: the 実績報告 of a decided year was not received by its due date. Raised once per
 * year, whatever the number of replicas checking.
 *
 * @param detectedOn the first day after the due date on which the check ran
 */
public record GrantReportOverdue(String grantId, String planId, String municipalityCode, String municipalityName,
        String planTitle, int fiscalYear, String decisionDocumentNumber, LocalDate decisionDate,
        long decidedAmountYen, LocalDate reportDueDate, LocalDate detectedOn) {
}
