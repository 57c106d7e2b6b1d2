package jp.tokyo.monozukuri.contracts.grant;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code grant.opened}: 助成の開始 — an approved plan now has a grant, with one year per fiscal year of the plan
 * period. Years are SCHEDULED until both budget resolutions of their fiscal year exist; each then opens with its
 * own {@code grant.year-opened}.
 *
 * @param approvalDocumentNumber the plan approval's number, e.g. 25産労商地第1号
 * @param years                  the plan's fiscal years in order, with the report due date each starts with
 */
public record GrantOpened(String grantId, String planId, int planRevision, String municipalityCode,
        String municipalityName, String planTitle, String approvalDocumentNumber, LocalDate approvalDate,
        int startFiscalYear, int endFiscalYear, LocalDate openedOn, SubsidyTerms terms, List<ScheduledYear> years) {

    /** One fiscal year of the grant as scheduled when the grant opened. */
    public record ScheduledYear(int fiscalYear, LocalDate reportDueDate) {
    }
}
