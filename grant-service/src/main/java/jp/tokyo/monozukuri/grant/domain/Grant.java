package jp.tokyo.monozukuri.grant.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.grant.GrantChanged;
import jp.tokyo.monozukuri.contracts.grant.GrantConfirmed;
import jp.tokyo.monozukuri.contracts.grant.GrantDecided;
import jp.tokyo.monozukuri.contracts.grant.GrantOpened;
import jp.tokyo.monozukuri.contracts.grant.GrantPaid;
import jp.tokyo.monozukuri.contracts.grant.GrantRefundDue;
import jp.tokyo.monozukuri.contracts.grant.GrantReportOverdue;
import jp.tokyo.monozukuri.contracts.grant.GrantYearOpened;
import jp.tokyo.monozukuri.contracts.grant.GrantYearSuspended;

/**
 * 助成 — Tokyo's subsidy of one approved plan: one {@link GrantYear} per fiscal year of the plan period, under the
 * program parameters in force when the grant was opened. Every change records the events it causes, to be saved
 * with it in one write.
 */
public final class Grant {

    /** The program subsidises a plan for exactly three fiscal years. */
    public static final int PLAN_PERIOD_YEARS = 3;

    private final String id;
    private final ApprovedPlan plan;
    private final ProgramParameters parameters;
    private final LocalDate openedOn;
    private final Map<Integer, GrantYear> years;
    private final Long version;
    private final List<GrantEvent> newEvents = new ArrayList<>();

    private Grant(String id, ApprovedPlan plan, ProgramParameters parameters, LocalDate openedOn,
            Map<Integer, GrantYear> years, Long version) {
        this.id = id;
        this.plan = plan;
        this.parameters = parameters;
        this.openedOn = openedOn;
        this.years = years;
        this.version = version;
    }

    /** The one grant of a plan has an id derived from the plan, so a redelivered approval finds it. */
    public static String idFor(String planId) {
        return "grant-" + planId;
    }

    /**
     * Opens the grant of an approved plan. Years whose budgets both assemblies already passed open at once.
     *
     * @param budgets the budget resolutions recorded so far, by fiscal year
     */
    public static Grant open(ApprovedPlan plan, ProgramParameters parameters, IntFunction<YearBudget> budgets,
            LocalDate today) {
        if (plan.endFiscalYear() - plan.startFiscalYear() + 1 != PLAN_PERIOD_YEARS) {
            throw new InvalidPlanPeriodException(plan.planId(), plan.startFiscalYear(), plan.endFiscalYear(),
                    PLAN_PERIOD_YEARS);
        }
        String id = idFor(plan.planId());
        Map<Integer, GrantYear> years = new TreeMap<>();
        for (int fy = plan.startFiscalYear(); fy <= plan.endFiscalYear(); fy++) {
            years.put(fy, new GrantYear(id, fy, parameters.reportDueDate(fy)));
        }
        Grant grant = new Grant(id, plan, parameters, today, years, null);
        grant.record(EventTypes.GRANT_OPENED, new GrantOpened(id, plan.planId(), plan.revision(),
                plan.municipalityCode(), plan.municipalityName(), plan.title(), plan.approvalDocumentNumber(),
                plan.approvalDate(), plan.startFiscalYear(), plan.endFiscalYear(), today, parameters.toTerms(),
                years.values().stream()
                        .map(y -> new GrantOpened.ScheduledYear(y.fiscalYear(), y.reportDueDate())).toList()));
        for (GrantYear year : years.values()) {
            grant.openYear(year.fiscalYear(), budgets.apply(year.fiscalYear()), today);
        }
        return grant;
    }

    /** Rebuilds a stored grant; it records no events. */
    public static Grant restore(String id, ApprovedPlan plan, ProgramParameters parameters, LocalDate openedOn,
            List<GrantYear.Snapshot> years, Long version) {
        Map<Integer, GrantYear> byYear = new TreeMap<>();
        for (GrantYear.Snapshot year : years) {
            byYear.put(year.fiscalYear(), new GrantYear(id, year));
        }
        return new Grant(id, plan, parameters, openedOn, byYear, version);
    }

    /**
     * Opens a scheduled year for application once both budget resolutions exist; does nothing otherwise, so it is
     * safe to call again.
     *
     * @return whether the year opened now
     */
    public boolean openYear(int fiscalYear, YearBudget budget, LocalDate today) {
        GrantYear year = year(fiscalYear);
        if (!year.openFor(budget, today)) {
            return false;
        }
        record(EventTypes.GRANT_YEAR_OPENED, new GrantYearOpened(id, plan.planId(), plan.municipalityCode(),
                plan.municipalityName(), plan.title(), fiscalYear, today, budget.metropolitanResolutionDate(),
                budget.municipalResolutionDate(), year.reportDueDate(), parameters.toTerms()));
        return true;
    }

    /** 交付申請 — the municipality applies for a year that is open. */
    public void fileApplication(int fiscalYear, GrantApplication application) {
        year(fiscalYear).fileApplication(application, parameters);
    }

    /** 交付決定 — Tokyo decides the year's subsidy under a new document number (both halves at once). */
    public void decide(int fiscalYear, DecisionTerms terms, DocumentNumberIssuer numbers) {
        prepareDecision(fiscalYear, terms, null);
        completePending(fiscalYear, numbers);
    }

    /** 変更承認 — Tokyo re-decides the year's amount under the same limits (both halves at once). */
    public void change(int fiscalYear, ChangeTerms terms, DocumentNumberIssuer numbers) {
        prepareChange(fiscalYear, terms, null);
        completePending(fiscalYear, numbers);
    }

    /** 額の確定 — Tokyo fixes the amount; a refund falls due where the advances exceed it (both halves at once). */
    public void confirm(int fiscalYear, LocalDate confirmationDate, String confirmedBy,
            DocumentNumberIssuer numbers) {
        prepareConfirmation(fiscalYear, confirmationDate, confirmedBy, null);
        completePending(fiscalYear, numbers);
    }

    /**
     * 交付決定, first half: checks every rule and records the decision as pending, before any number is taken.
     *
     * @return false when this decision was already pending (a retry): nothing changed
     */
    public boolean prepareDecision(int fiscalYear, DecisionTerms terms, Instant recordedAt) {
        return year(fiscalYear).prepareDecision(terms, parameters, recordedAt);
    }

    /** 変更承認, first half; see {@link #prepareDecision}. */
    public boolean prepareChange(int fiscalYear, ChangeTerms terms, Instant recordedAt) {
        return year(fiscalYear).prepareChange(terms, parameters, recordedAt);
    }

    /** 額の確定, first half; see {@link #prepareDecision}. */
    public boolean prepareConfirmation(int fiscalYear, LocalDate confirmationDate, String confirmedBy,
            Instant recordedAt) {
        return year(fiscalYear).prepareConfirmation(confirmationDate, confirmedBy, recordedAt);
    }

    /**
     * Second half: the year's pending document takes its number — the same number however often this is repeated —
     * and is issued with its event.
     *
     * @return false when nothing was pending (already completed)
     */
    public boolean completePending(int fiscalYear, DocumentNumberIssuer numbers) {
        GrantYear year = year(fiscalYear);
        DocumentSubject.Kind issued = year.completePending(parameters, numbers);
        if (issued == null) {
            return false;
        }
        switch (issued) {
            case DECISION -> recordDecided(year);
            case CHANGE -> recordChanged(year);
            case CONFIRMATION -> recordConfirmed(year);
        }
        return true;
    }

    private void recordDecided(GrantYear year) {
        GrantApplication application = year.application();
        GrantDecision decision = year.decision();
        record(EventTypes.GRANT_DECIDED, new GrantDecided(id, plan.planId(), plan.municipalityCode(),
                plan.municipalityName(), plan.title(), year.fiscalYear(), decision.documentNumber(),
                decision.decisionDate(), application.applicationDate(), application.eligibleCostYen(),
                application.requestedAmountYen(), decision.amountYen(), decision.conditions(), year.reportDueDate(),
                decision.decidedBy()));
    }

    private void recordChanged(GrantYear year) {
        List<GrantChange> changes = year.changes();
        GrantChange change = changes.get(changes.size() - 1);
        record(EventTypes.GRANT_CHANGED, new GrantChanged(id, plan.planId(), plan.municipalityCode(),
                plan.municipalityName(), plan.title(), year.fiscalYear(), change.documentNumber(), change.changeDate(),
                year.decision().documentNumber(), year.decision().decisionDate(), change.eligibleCostYen(),
                change.requestedAmountYen(), change.previousAmountYen(), change.amountYen(), change.reason(),
                year.reportDueDate(), change.changedBy()));
    }

    private void recordConfirmed(GrantYear year) {
        AmountConfirmation confirmation = year.confirmation();
        PerformanceReport report = year.report();
        String decisionNumber = year.decision().documentNumber();
        LocalDate confirmationDate = confirmation.confirmationDate();
        record(EventTypes.GRANT_CONFIRMED, new GrantConfirmed(id, plan.planId(), plan.municipalityCode(),
                plan.municipalityName(), plan.title(), year.fiscalYear(), confirmation.documentNumber(),
                confirmationDate, decisionNumber, year.decidedAmountYen(), report.actualCostYen(),
                report.eligibleActualCostYen(), report.otherRevenueYen(), confirmation.amountYen(),
                confirmation.advancesPaidYen(), year.outstandingYen(), confirmation.refundDueYen(),
                confirmation.confirmedBy()));
        if (confirmation.refundDueYen() > 0) {
            record(EventTypes.GRANT_REFUND_DUE, new GrantRefundDue(id, plan.planId(), plan.municipalityCode(),
                    plan.municipalityName(), plan.title(), year.fiscalYear(), confirmation.documentNumber(),
                    confirmationDate, decisionNumber, confirmation.amountYen(), confirmation.advancesPaidYen(),
                    confirmation.refundDueYen(), confirmation.refundDueDate()));
        }
    }

    /** 実績報告の訂正 — Tokyo corrects a report entered in error, before the amount is confirmed on it. */
    public void correctReport(int fiscalYear, PerformanceReport corrected, String reason, Instant correctedAt) {
        year(fiscalYear).correctReport(corrected, reason, correctedAt);
    }

    /**
     * A budget resolution of the year was corrected by Tokyo; an OPEN year that lost its budget goes back to waiting
     * and raises {@code grant.year-suspended}.
     *
     * @throws BudgetInUseException when the year was applied for already and would lose its budget
     * @return whether anything changed
     */
    public boolean budgetCorrected(int fiscalYear, YearBudget corrected, Assembly assembly, String reason,
            String correctedBy, LocalDate today) {
        GrantYear year = year(fiscalYear);
        if (corrected.equals(year.budget()) || year.status() == GrantYearStatus.SCHEDULED) {
            return false;
        }
        if (year.budgetCorrected(corrected)) {
            record(EventTypes.GRANT_YEAR_SUSPENDED, new GrantYearSuspended(id, plan.planId(), plan.municipalityCode(),
                    plan.municipalityName(), plan.title(), fiscalYear, today, assembly.name(), reason, correctedBy));
        }
        return true;
    }

    /** Whether correcting the year's budget to {@code corrected} is refused. */
    public boolean refusesBudget(int fiscalYear, YearBudget corrected) {
        return hasYear(fiscalYear) && year(fiscalYear).refusesBudget(corrected);
    }

    /** 実績報告 — the municipality reports what it spent. */
    public void report(int fiscalYear, PerformanceReport report) {
        year(fiscalYear).report(report);
    }

    /** A payment: 概算払 up to the decided amount before the confirmation, 精算払 up to the confirmed one after. */
    public Payment pay(int fiscalYear, String paymentId, long amountYen, LocalDate paymentDate, String recordedBy) {
        GrantYear year = year(fiscalYear);
        Payment payment = year.pay(paymentId, amountYen, paymentDate, recordedBy);
        AmountConfirmation confirmation = year.confirmation();
        record(EventTypes.GRANT_PAID, new GrantPaid(id, plan.planId(), plan.municipalityCode(),
                plan.municipalityName(), plan.title(), fiscalYear, paymentId,
                GrantPaid.Kind.valueOf(payment.kind().name()), amountYen, paymentDate, year.paidYen(),
                year.decision().documentNumber(), year.decidedAmountYen(),
                confirmation == null ? null : confirmation.amountYen(), year.outstandingYen()));
        return payment;
    }

    /** 返還 — the municipality repaid (part of) an excess advance. */
    public void recordRefund(int fiscalYear, Refund refund) {
        year(fiscalYear).recordRefund(refund);
    }

    /** Closes a settled year. */
    public void close(int fiscalYear) {
        year(fiscalYear).close();
    }

    /**
     * Raises {@code grant.report-overdue} for every decided year whose report is past due, once per year.
     *
     * @return the fiscal years raised now
     */
    public List<Integer> raiseOverdueReports(LocalDate today) {
        List<Integer> raised = new ArrayList<>();
        for (GrantYear year : years.values()) {
            if (year.raiseReportOverdue(today)) {
                raised.add(year.fiscalYear());
                record(EventTypes.GRANT_REPORT_OVERDUE, new GrantReportOverdue(id, plan.planId(),
                        plan.municipalityCode(), plan.municipalityName(), plan.title(), year.fiscalYear(),
                        year.decision().documentNumber(), year.decision().decisionDate(), year.decidedAmountYen(),
                        year.reportDueDate(), today));
            }
        }
        return raised;
    }

    /** The events recorded since this grant was opened or loaded, oldest first. */
    public List<GrantEvent> newEvents() {
        return List.copyOf(newEvents);
    }

    public String id() {
        return id;
    }

    public ApprovedPlan plan() {
        return plan;
    }

    public String municipalityCode() {
        return plan.municipalityCode();
    }

    public ProgramParameters parameters() {
        return parameters;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    /** The stored version this grant was loaded at; null for a grant never saved. */
    public Long version() {
        return version;
    }

    public List<GrantYear> years() {
        return List.copyOf(years.values());
    }

    public GrantYear year(int fiscalYear) {
        GrantYear year = years.get(fiscalYear);
        if (year == null) {
            throw new UnknownFiscalYearException(id, fiscalYear);
        }
        return year;
    }

    public boolean hasYear(int fiscalYear) {
        return years.containsKey(fiscalYear);
    }

    private void record(String type, Object payload) {
        newEvents.add(new GrantEvent(type, payload));
    }
}
