package jp.tokyo.monozukuri.grant.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.grant.domain.GrantYearStatus.Step;

/**
 * One fiscal year (年度) of a grant and its way through the subsidy lifecycle. Changed only through
 * {@link Grant}, which turns every change into its event.
 */
public final class GrantYear {

    private final String grantId;
    private final int fiscalYear;
    private GrantYearStatus status;
    private LocalDate reportDueDate;
    private YearBudget budget;
    private LocalDate openedOn;
    private GrantApplication application;
    private GrantDecision decision;
    private final List<GrantChange> changes;
    private PerformanceReport report;
    private AmountConfirmation confirmation;
    private final List<Payment> payments;
    private final List<Refund> refunds;
    private LocalDate reportOverdueRaisedOn;
    private PendingDocument pendingDocument;
    private final List<Correction> reportCorrections;

    GrantYear(String grantId, int fiscalYear, LocalDate reportDueDate) {
        this(grantId, new Snapshot(fiscalYear, GrantYearStatus.SCHEDULED, reportDueDate, YearBudget.NONE, null, null,
                null, List.of(), null, null, List.of(), List.of(), null, null, List.of()));
    }

    GrantYear(String grantId, Snapshot state) {
        this.grantId = grantId;
        this.fiscalYear = state.fiscalYear();
        this.status = state.status();
        this.reportDueDate = state.reportDueDate();
        this.budget = state.budget() == null ? YearBudget.NONE : state.budget();
        this.openedOn = state.openedOn();
        this.application = state.application();
        this.decision = state.decision();
        this.changes = new ArrayList<>(state.changes());
        this.report = state.report();
        this.confirmation = state.confirmation();
        this.payments = new ArrayList<>(state.payments());
        this.refunds = new ArrayList<>(state.refunds());
        this.reportOverdueRaisedOn = state.reportOverdueRaisedOn();
        this.pendingDocument = state.pendingDocument();
        this.reportCorrections = new ArrayList<>(state.reportCorrections());
    }

    /** Everything a year holds, for storing and for reading models. */
    public record Snapshot(int fiscalYear, GrantYearStatus status, LocalDate reportDueDate, YearBudget budget,
            LocalDate openedOn, GrantApplication application, GrantDecision decision, List<GrantChange> changes,
            PerformanceReport report, AmountConfirmation confirmation, List<Payment> payments, List<Refund> refunds,
            LocalDate reportOverdueRaisedOn, PendingDocument pendingDocument, List<Correction> reportCorrections) {

        public Snapshot {
            reportCorrections = reportCorrections == null ? List.of() : List.copyOf(reportCorrections);
            changes = changes == null ? List.of() : List.copyOf(changes);
            payments = payments == null ? List.of() : List.copyOf(payments);
            refunds = refunds == null ? List.of() : List.copyOf(refunds);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(fiscalYear, status, reportDueDate, budget, openedOn, application, decision, changes,
                report, confirmation, payments, refunds, reportOverdueRaisedOn, pendingDocument, reportCorrections);
    }

    // ---- lifecycle steps (package-private: Grant raises the events) ----

    boolean openFor(YearBudget resolved, LocalDate today) {
        if (status != GrantYearStatus.SCHEDULED || !resolved.isComplete()) {
            return false;
        }
        budget = resolved;
        openedOn = today;
        moveTo(GrantYearStatus.OPEN);
        return true;
    }

    void fileApplication(GrantApplication filed, ProgramParameters parameters) {
        require(Step.FILE_APPLICATION);
        window().requireApplicationDate("applicationDate", filed.applicationDate());
        long limit = parameters.limitFor(filed.eligibleCostYen());
        if (filed.requestedAmountYen() > limit) {
            throw new AmountAboveLimitException("requestedAmountYen", filed.requestedAmountYen(), limit);
        }
        application = filed;
        moveTo(GrantYearStatus.APPLIED);
    }

    /** 交付決定, first half: every rule checked, the decision recorded as pending; no number taken yet. */
    boolean prepareDecision(DecisionTerms terms, ProgramParameters parameters, Instant recordedAt) {
        PendingDocument pending = PendingDocument.decision(terms, recordedAt);
        if (isPending(pending)) {
            return false;
        }
        require(Step.DECIDE);
        window().requireWithinYear("decisionDate", terms.decisionDate());
        if (terms.reportDueDate() != null) {
            window().requireReportDueDate("reportDueDate", terms.reportDueDate());
        }
        requireNotBefore("decisionDate", terms.decisionDate(), "application", application.applicationDate());
        long limit = Math.min(parameters.limitFor(application.eligibleCostYen()), application.requestedAmountYen());
        if (terms.amountYen() > limit) {
            throw new AmountAboveLimitException("amountYen", terms.amountYen(), limit);
        }
        if (terms.reportDueDate() != null) {
            requireNotBefore("reportDueDate", terms.reportDueDate(), "decision", terms.decisionDate());
        }
        pendingDocument = pending;
        return true;
    }

    /** 変更承認, first half: every rule checked, the change recorded as pending. */
    boolean prepareChange(ChangeTerms terms, ProgramParameters parameters, Instant recordedAt) {
        PendingDocument pending = PendingDocument.change(terms, recordedAt);
        if (isPending(pending)) {
            return false;
        }
        require(Step.CHANGE);
        window().requireWithinYear("changeDate", terms.changeDate());
        requireNotBefore("changeDate", terms.changeDate(), "last decision", lastDecisionDate());
        long limit = Math.min(parameters.limitFor(terms.eligibleCostYen()), terms.requestedAmountYen());
        if (terms.amountYen() > limit) {
            throw new AmountAboveLimitException("amountYen", terms.amountYen(), limit);
        }
        if (terms.amountYen() < paidYen()) {
            throw new ChangeBelowPaidException(terms.amountYen(), paidYen());
        }
        pendingDocument = pending;
        return true;
    }

    /** 額の確定, first half: every rule checked, the confirmation recorded as pending. */
    boolean prepareConfirmation(LocalDate confirmationDate, String confirmedBy, Instant recordedAt) {
        Amounts.requireDate("confirmationDate", confirmationDate);
        Amounts.requireText("confirmedBy", confirmedBy);
        PendingDocument pending = PendingDocument.confirmation(confirmationDate, confirmedBy, recordedAt);
        if (isPending(pending)) {
            return false;
        }
        require(Step.CONFIRM);
        window().requireSettlementDate("confirmationDate", confirmationDate);
        requireNotBefore("confirmationDate", confirmationDate, "report", report.reportDate());
        pendingDocument = pending;
        return true;
    }

    /**
     * Second half: the pending document takes its number and is issued. Nothing can fail here but the store, and
     * then the pending document, with the number it took, waits for the next completion.
     *
     * @return the kind issued, or null when nothing was pending
     */
    DocumentSubject.Kind completePending(ProgramParameters parameters, DocumentNumberIssuer numbers) {
        PendingDocument pending = pendingDocument;
        if (pending == null) {
            return null;
        }
        int ordinal = pending.kind() == DocumentSubject.Kind.CHANGE ? changes.size() + 1 : 1;
        DocumentNumber number = numbers.issue(new DocumentSubject(grantId, fiscalYear, pending.kind(), ordinal),
                pending.documentDate());
        pendingDocument = null;
        switch (pending.kind()) {
            case DECISION -> {
                decision = new GrantDecision(number.toString(), pending.documentDate(), pending.amountYen(),
                        pending.conditions(), pending.by());
                if (pending.reportDueDate() != null) {
                    reportDueDate = pending.reportDueDate();
                }
                moveTo(GrantYearStatus.DECIDED);
            }
            case CHANGE -> {
                changes.add(new GrantChange(number.toString(), pending.documentDate(), pending.eligibleCostYen(),
                        pending.requestedAmountYen(), decidedAmountYen(), pending.amountYen(), pending.reason(),
                        pending.by()));
                moveTo(GrantYearStatus.CHANGED);
            }
            case CONFIRMATION -> {
                long amount = parameters.confirmedAmount(decidedAmountYen(), report.eligibleActualCostYen(),
                        report.otherRevenueYen());
                long advances = paidYen();
                long refundDue = Math.max(0, advances - amount);
                confirmation = new AmountConfirmation(number.toString(), pending.documentDate(), amount, advances,
                        refundDue, refundDue > 0 ? parameters.refundDueDate(pending.documentDate()) : null,
                        pending.by());
                if (refundDue > 0) {
                    moveTo(GrantYearStatus.REFUND_DUE);
                } else if (advances == amount) {
                    moveTo(GrantYearStatus.PAID);
                } else {
                    moveTo(GrantYearStatus.CONFIRMED);
                }
            }
        }
        return pending.kind();
    }

    Payment pay(String paymentId, long amountYen, LocalDate paymentDate, String recordedBy) {
        require(Step.PAY);
        Amounts.requirePositive("amountYen", amountYen);
        window().requireSettlementDate("paymentDate", paymentDate);
        Amounts.requireText("recordedBy", recordedBy);
        boolean advance = status.paysAdvances();
        if (advance) {
            requireNotBefore("paymentDate", paymentDate, "decision", decision.decisionDate());
        } else {
            requireNotBefore("paymentDate", paymentDate, "confirmation", confirmation.confirmationDate());
        }
        long outstanding = outstandingYen();
        if (amountYen > outstanding) {
            throw new PaymentAboveOutstandingException(amountYen, outstanding, advance ? "decided" : "confirmed");
        }
        Payment payment = new Payment(paymentId, advance ? PaymentKind.ADVANCE : PaymentKind.SETTLEMENT, amountYen,
                paymentDate, recordedBy);
        payments.add(payment);
        if (!advance && paidYen() == confirmation.amountYen()) {
            moveTo(GrantYearStatus.PAID);
        }
        return payment;
    }

    void report(PerformanceReport filed) {
        require(Step.REPORT);
        window().requireSettlementDate("reportDate", filed.reportDate());
        requireNotBefore("reportDate", filed.reportDate(), "last decision", lastDecisionDate());
        report = filed;
        moveTo(GrantYearStatus.REPORTED);
    }

    /** Tokyo replaces a report entered in error, before the amount is confirmed on it; the correction is kept. */
    void correctReport(PerformanceReport corrected, String reason, Instant correctedAt) {
        require(Step.CORRECT_REPORT);
        window().requireSettlementDate("reportDate", corrected.reportDate());
        requireNotBefore("reportDate", corrected.reportDate(), "last decision", lastDecisionDate());
        reportCorrections.add(new Correction(corrected.reportedBy(), correctedAt, reason, valuesOf(report),
                valuesOf(corrected)));
        report = corrected;
        moveTo(GrantYearStatus.REPORTED);
    }

    private static Map<String, Object> valuesOf(PerformanceReport report) {
        return Map.of("reportDate", report.reportDate().toString(), "actualCostYen", report.actualCostYen(),
                "eligibleActualCostYen", report.eligibleActualCostYen(), "otherRevenueYen", report.otherRevenueYen());
    }

    /**
     * A budget resolution of this year was corrected by Tokyo: the year takes the corrected budget. An OPEN year
     * whose budget is no longer complete goes back to SCHEDULED; a year already applied for cannot lose its budget.
     *
     * @return whether the year's state changed (it was suspended)
     */
    boolean budgetCorrected(YearBudget corrected) {
        if (status == GrantYearStatus.SCHEDULED) {
            return false;
        }
        if (!corrected.isComplete()) {
            if (status != GrantYearStatus.OPEN) {
                throw new BudgetInUseException(grantId, fiscalYear, status);
            }
            budget = corrected;
            openedOn = null;
            moveTo(GrantYearStatus.SCHEDULED);
            return true;
        }
        budget = corrected;
        return false;
    }

    /** Whether a correction of the budget to {@code corrected} would be refused (a year applied for loses it). */
    boolean refusesBudget(YearBudget corrected) {
        return !corrected.isComplete() && status != GrantYearStatus.SCHEDULED && status != GrantYearStatus.OPEN;
    }

    void recordRefund(Refund refund) {
        require(Step.RECORD_REFUND);
        window().requireSettlementDate("refundDate", refund.refundDate());
        requireNotBefore("refundDate", refund.refundDate(), "confirmation", confirmation.confirmationDate());
        long due = refundOutstandingYen();
        if (refund.amountYen() > due) {
            throw new RefundAboveDueException(refund.amountYen(), due);
        }
        refunds.add(refund);
        if (refundOutstandingYen() == 0) {
            moveTo(GrantYearStatus.PAID);
        }
    }

    void close() {
        require(Step.CLOSE);
        moveTo(GrantYearStatus.CLOSED);
    }

    /** True the first time the report is found overdue; false ever after, and while it is not overdue. */
    boolean raiseReportOverdue(LocalDate today) {
        if (!Step.RAISE_REPORT_OVERDUE.isAllowedFrom(status) || reportOverdueRaisedOn != null
                || !today.isAfter(reportDueDate)) {
            return false;
        }
        reportOverdueRaisedOn = today;
        return true;
    }

    // ---- reading ----

    public int fiscalYear() {
        return fiscalYear;
    }

    public GrantYearStatus status() {
        return status;
    }

    public LocalDate reportDueDate() {
        return reportDueDate;
    }

    public YearBudget budget() {
        return budget;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public GrantApplication application() {
        return application;
    }

    public GrantDecision decision() {
        return decision;
    }

    public List<GrantChange> changes() {
        return List.copyOf(changes);
    }

    public PerformanceReport report() {
        return report;
    }

    public AmountConfirmation confirmation() {
        return confirmation;
    }

    public List<Payment> payments() {
        return List.copyOf(payments);
    }

    public List<Refund> refunds() {
        return List.copyOf(refunds);
    }

    public LocalDate reportOverdueRaisedOn() {
        return reportOverdueRaisedOn;
    }

    /** Tokyo's corrections of the report, oldest first. */
    public List<Correction> reportCorrections() {
        return List.copyOf(reportCorrections);
    }

    /** The document recorded and waiting for its number, or null. */
    public PendingDocument pendingDocument() {
        return pendingDocument;
    }

    /** The amount in force: the last change's, else the decision's; zero before a decision. */
    public long decidedAmountYen() {
        if (!changes.isEmpty()) {
            return changes.get(changes.size() - 1).amountYen();
        }
        return decision == null ? 0 : decision.amountYen();
    }

    public long confirmedAmountYen() {
        return confirmation == null ? 0 : confirmation.amountYen();
    }

    /** Whether a payment of this id was made: a retried payment keeps its id. */
    public boolean hasPayment(String paymentId) {
        return payments.stream().anyMatch(payment -> payment.paymentId().equals(paymentId));
    }

    /** Every payment made for this year, advances and settlements, before refunds. */
    public long paidYen() {
        return payments.stream().mapToLong(Payment::amountYen).sum();
    }

    public long refundedYen() {
        return refunds.stream().mapToLong(Refund::amountYen).sum();
    }

    /** What Tokyo still has to pay: up to the confirmed amount once confirmed, else up to the decided amount. */
    public long outstandingYen() {
        long ceiling = confirmation != null ? confirmation.amountYen() : decidedAmountYen();
        return Math.max(0, ceiling - paidYen());
    }

    /** What the municipality still has to repay. */
    public long refundOutstandingYen() {
        return confirmation == null ? 0 : confirmation.refundDueYen() - refundedYen();
    }

    private FiscalYearWindow window() {
        return FiscalYearWindow.of(fiscalYear);
    }

    private LocalDate lastDecisionDate() {
        return changes.isEmpty() ? decision.decisionDate() : changes.get(changes.size() - 1).changeDate();
    }

    /** True when this very document is already pending (a retry); another pending document refuses every step. */
    private boolean isPending(PendingDocument asked) {
        if (pendingDocument == null) {
            return false;
        }
        if (pendingDocument.isRepeatedBy(asked)) {
            return true;
        }
        throw new DocumentInProgressException(grantId, fiscalYear, pendingDocument);
    }

    private void require(Step step) {
        if (pendingDocument != null) {
            throw new DocumentInProgressException(grantId, fiscalYear, pendingDocument);
        }
        if (!step.isAllowedFrom(status)) {
            throw new StepNotAllowedException(grantId, fiscalYear, step, status);
        }
    }

    private void moveTo(GrantYearStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("no transition " + status + " → " + next + " in the lifecycle");
        }
        status = next;
    }

    private static void requireNotBefore(String field, LocalDate date, String previousStep, LocalDate previous) {
        if (date.isBefore(previous)) {
            throw new DateOutOfOrderException(field, date, previousStep, previous);
        }
    }
}
