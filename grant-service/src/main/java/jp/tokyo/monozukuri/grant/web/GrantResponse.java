package jp.tokyo.monozukuri.grant.web;

import java.time.LocalDate;
import java.util.List;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;
import jp.tokyo.monozukuri.grant.domain.AmountConfirmation;
import jp.tokyo.monozukuri.grant.domain.Grant;
import jp.tokyo.monozukuri.grant.domain.GrantApplication;
import jp.tokyo.monozukuri.grant.domain.GrantChange;
import jp.tokyo.monozukuri.grant.domain.GrantDecision;
import jp.tokyo.monozukuri.grant.domain.Correction;
import jp.tokyo.monozukuri.grant.domain.GrantYear;
import jp.tokyo.monozukuri.grant.domain.PendingDocument;
import jp.tokyo.monozukuri.grant.domain.GrantYearStatus;
import jp.tokyo.monozukuri.grant.domain.Payment;
import jp.tokyo.monozukuri.grant.domain.PerformanceReport;
import jp.tokyo.monozukuri.grant.domain.ProgramParameters;
import jp.tokyo.monozukuri.grant.domain.Refund;

/**
 * A grant as the portals show it: the plan, the parameters it was opened with, and each fiscal year with its
 * steps and running amounts. Dates are ISO; the {@code …Label} fields give the era as documents write it.
 */
record GrantResponse(String id, String planId, int planRevision, String municipalityCode, String municipalityName,
        String planTitle, String approvalDocumentNumber, LocalDate approvalDate, int startFiscalYear,
        int endFiscalYear, String planPeriodLabel, LocalDate openedOn, Terms terms, List<Year> years) {

    /** The program parameters the grant keeps. */
    record Terms(String subsidyRate, long annualCapYen, long roundingUnitYen, int reportDueDaysAfterFiscalYearEnd,
            int refundPeriodDays) {

        static Terms of(ProgramParameters parameters) {
            return new Terms(parameters.subsidyRate().toString(), parameters.annualCapYen(),
                    parameters.roundingUnitYen(), parameters.reportDueDaysAfterFiscalYearEnd(),
                    parameters.refundPeriodDays());
        }
    }

    /**
     * @param paidYen              every payment so far, advances and settlements, before refunds
     * @param outstandingYen       what Tokyo still has to pay
     * @param refundOutstandingYen what the municipality still has to repay
     * @param reportCorrections    Tokyo's corrections of the report: who, when, why, before and after
     * @param pendingDocument      a decision, change or confirmation recorded and being numbered, or null
     */
    record Year(int fiscalYear, String fiscalYearLabel, GrantYearStatus status, LocalDate reportDueDate,
            LocalDate metropolitanResolutionDate, LocalDate municipalResolutionDate, LocalDate openedOn,
            GrantApplication application, GrantDecision decision, List<GrantChange> changes,
            PerformanceReport report, AmountConfirmation confirmation, List<Payment> payments, List<Refund> refunds,
            LocalDate reportOverdueRaisedOn, long decidedAmountYen, long confirmedAmountYen, long paidYen,
            long refundedYen, long outstandingYen, long refundOutstandingYen, List<Correction> reportCorrections,
            PendingDocument pendingDocument) {

        static Year of(GrantYear year) {
            return new Year(year.fiscalYear(), JapaneseCalendar.formatFiscalYear(year.fiscalYear()), year.status(),
                    year.reportDueDate(), year.budget().metropolitanResolutionDate(),
                    year.budget().municipalResolutionDate(), year.openedOn(), year.application(), year.decision(),
                    year.changes(), year.report(), year.confirmation(), year.payments(), year.refunds(),
                    year.reportOverdueRaisedOn(), year.decidedAmountYen(), year.confirmedAmountYen(),
                    year.paidYen(), year.refundedYen(), year.outstandingYen(), year.refundOutstandingYen(),
                    year.reportCorrections(), year.pendingDocument());
        }
    }

    static GrantResponse of(Grant grant) {
        var plan = grant.plan();
        return new GrantResponse(grant.id(), plan.planId(), plan.revision(), plan.municipalityCode(),
                plan.municipalityName(), plan.title(), plan.approvalDocumentNumber(), plan.approvalDate(),
                plan.startFiscalYear(), plan.endFiscalYear(),
                JapaneseCalendar.formatFiscalYearSpan(plan.startFiscalYear(), plan.endFiscalYear()),
                grant.openedOn(), Terms.of(grant.parameters()), grant.years().stream().map(Year::of).toList());
    }
}
