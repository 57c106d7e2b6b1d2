package jp.tokyo.monozukuri.notification.domain.letter;

import static jp.tokyo.monozukuri.notification.domain.JapaneseWording.money;
import static jp.tokyo.monozukuri.notification.domain.letter.LetterContents.dayOf;
import static jp.tokyo.monozukuri.notification.domain.letter.LetterContents.decisionDay;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.grant.GrantChanged;
import jp.tokyo.monozukuri.contracts.grant.GrantConfirmed;
import jp.tokyo.monozukuri.contracts.grant.GrantDecided;
import jp.tokyo.monozukuri.contracts.grant.GrantOpened;
import jp.tokyo.monozukuri.contracts.grant.GrantPaid;
import jp.tokyo.monozukuri.contracts.grant.GrantRefundDue;
import jp.tokyo.monozukuri.contracts.grant.GrantReportOverdue;
import jp.tokyo.monozukuri.contracts.grant.GrantYearOpened;
import jp.tokyo.monozukuri.contracts.grant.SubsidyTerms;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.notification.domain.NoticeKind;

/**
 * What the events of a grant tell its municipality. Decisions (交付決定, 変更承認, 額の確定 and the refund it raises)
 * carry their document number and are dated with the decision; the other notices with the day of the event. Fiscal
 * years are named in the era of the letter's date (平成31年度 in a letter of April 2019).
 */
final class GrantLetterContents {

    LetterContent of(NoticeKind kind, EventEnvelope<?> event, Municipality municipality) {
        Object payload = event.payload();
        return switch (kind) {
            case GRANT_OPENED -> opened(event, municipality, (GrantOpened) payload);
            case GRANT_YEAR_OPENED -> yearOpened(event, municipality, (GrantYearOpened) payload);
            case GRANT_DECIDED -> decided(event, municipality, (GrantDecided) payload);
            case GRANT_CHANGED -> changed(event, municipality, (GrantChanged) payload);
            case GRANT_CONFIRMED -> confirmed(event, municipality, (GrantConfirmed) payload);
            case GRANT_PAID -> paid(event, municipality, (GrantPaid) payload);
            case GRANT_REFUND_DUE -> refundDue(event, municipality, (GrantRefundDue) payload);
            case GRANT_REPORT_OVERDUE -> reportOverdue(event, municipality, (GrantReportOverdue) payload);
            default -> throw new IllegalArgumentException(kind + " is not a notice of a grant");
        };
    }

    private LetterContent opened(EventEnvelope<?> event, Municipality municipality, GrantOpened opened) {
        LocalDate written = dayOf(event);
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", opened.planTitle());
        fields.put("approvalDate", era(opened.approvalDate()));
        fields.put("approvalNumber", opened.approvalDocumentNumber());
        fields.put("period", JapaneseCalendar.formatFiscalYearSpan(opened.startFiscalYear(), opened.endFiscalYear(),
                written));
        putTerms(fields, opened.terms());
        fields.put("years", opened.years() == null ? List.of() : opened.years().stream()
                .map(y -> Map.of("fiscalYear", JapaneseCalendar.formatFiscalYear(y.fiscalYear(), written),
                        "reportDueDate", era(y.reportDueDate())))
                .toList());
        return new LetterContent(NoticeKind.GRANT_OPENED, municipality, null, written, fields);
    }

    private LetterContent yearOpened(EventEnvelope<?> event, Municipality municipality, GrantYearOpened opened) {
        LocalDate written = dayOf(event);
        Map<String, Object> fields = yearFields(opened.planTitle(), opened.fiscalYear(), written);
        fields.put("metropolitanResolutionDate", era(opened.metropolitanResolutionDate()));
        fields.put("municipalResolutionDate", era(opened.municipalResolutionDate()));
        fields.put("reportDueDate", era(opened.reportDueDate()));
        putTerms(fields, opened.terms());
        return new LetterContent(NoticeKind.GRANT_YEAR_OPENED, municipality, null, written, fields);
    }

    private LetterContent decided(EventEnvelope<?> event, Municipality municipality, GrantDecided decided) {
        LocalDate written = decisionDay(decided.decisionDate(), event);
        Map<String, Object> fields = yearFields(decided.planTitle(), decided.fiscalYear(), written);
        fields.put("applicationDate", era(decided.applicationDate()));
        fields.put("decidedAmount", money(decided.decidedAmountYen()));
        fields.put("eligibleCost", money(decided.eligibleCostYen()));
        fields.put("requestedAmount", money(decided.requestedAmountYen()));
        List<String> conditions = decided.conditions() == null ? List.of() : decided.conditions();
        fields.put("conditions", conditions);
        fields.put("hasConditions", !conditions.isEmpty());
        fields.put("reportDueDate", era(decided.reportDueDate()));
        return new LetterContent(NoticeKind.GRANT_DECIDED, municipality, decided.documentNumber(), written, fields);
    }

    private LetterContent changed(EventEnvelope<?> event, Municipality municipality, GrantChanged changed) {
        LocalDate written = decisionDay(changed.changeDate(), event);
        Map<String, Object> fields = yearFields(changed.planTitle(), changed.fiscalYear(), written);
        fields.put("decisionDate", era(changed.decisionDate()));
        fields.put("decisionNumber", changed.decisionDocumentNumber());
        fields.put("previousAmount", money(changed.previousAmountYen()));
        fields.put("decidedAmount", money(changed.decidedAmountYen()));
        fields.put("eligibleCost", money(changed.eligibleCostYen()));
        fields.put("reason", changed.reason());
        fields.put("reportDueDate", era(changed.reportDueDate()));
        return new LetterContent(NoticeKind.GRANT_CHANGED, municipality, changed.documentNumber(), written, fields);
    }

    private LetterContent confirmed(EventEnvelope<?> event, Municipality municipality, GrantConfirmed confirmed) {
        LocalDate written = decisionDay(confirmed.confirmationDate(), event);
        Map<String, Object> fields = yearFields(confirmed.planTitle(), confirmed.fiscalYear(), written);
        fields.put("decisionNumber", confirmed.decisionDocumentNumber());
        fields.put("decidedAmount", money(confirmed.decidedAmountYen()));
        fields.put("confirmedAmount", money(confirmed.confirmedAmountYen()));
        fields.put("eligibleActualCost", money(confirmed.eligibleActualCostYen()));
        fields.put("actualCost", money(confirmed.actualCostYen()));
        fields.put("otherRevenue", money(confirmed.otherRevenueYen()));
        fields.put("advancesPaid", money(confirmed.advancesPaidYen()));
        fields.put("amountPayable", money(confirmed.amountPayableYen()));
        fields.put("refundDue", money(confirmed.refundDueYen()));
        fields.put("refundFollows", confirmed.refundDueYen() > 0);
        return new LetterContent(NoticeKind.GRANT_CONFIRMED, municipality, confirmed.documentNumber(), written,
                fields);
    }

    private LetterContent paid(EventEnvelope<?> event, Municipality municipality, GrantPaid paid) {
        LocalDate written = dayOf(event);
        Map<String, Object> fields = yearFields(paid.planTitle(), paid.fiscalYear(), written);
        fields.put("decisionNumber", paid.decisionDocumentNumber());
        fields.put("kind", paid.kind() == GrantPaid.Kind.ADVANCE ? "概算払" : "精算払");
        fields.put("amount", money(paid.amountYen()));
        fields.put("paymentDate", era(paid.paymentDate()));
        fields.put("decidedAmount", money(paid.decidedAmountYen()));
        fields.put("confirmedAmount", paid.confirmedAmountYen() == null ? "未確定" : money(paid.confirmedAmountYen()));
        fields.put("totalPaid", money(paid.totalPaidYen()));
        fields.put("outstanding", money(paid.outstandingYen()));
        return new LetterContent(NoticeKind.GRANT_PAID, municipality, null, written, fields);
    }

    private LetterContent refundDue(EventEnvelope<?> event, Municipality municipality, GrantRefundDue refund) {
        LocalDate written = decisionDay(refund.confirmationDate(), event);
        Map<String, Object> fields = yearFields(refund.planTitle(), refund.fiscalYear(), written);
        fields.put("confirmationDate", era(refund.confirmationDate()));
        fields.put("confirmationNumber", refund.documentNumber());
        fields.put("decisionNumber", refund.decisionDocumentNumber());
        fields.put("confirmedAmount", money(refund.confirmedAmountYen()));
        fields.put("advancesPaid", money(refund.advancesPaidYen()));
        fields.put("refundAmount", money(refund.refundAmountYen()));
        fields.put("refundDueDate", era(refund.refundDueDate()));
        // The event quotes the number of the amount confirmation that raised it; an order to refund is a document of
        // its own and may not be issued under another's number, so the letter cites that number and carries none.
        return new LetterContent(NoticeKind.GRANT_REFUND_DUE, municipality, null, written, fields);
    }

    private LetterContent reportOverdue(EventEnvelope<?> event, Municipality municipality,
            GrantReportOverdue overdue) {
        LocalDate written = dayOf(event);
        Map<String, Object> fields = yearFields(overdue.planTitle(), overdue.fiscalYear(), written);
        fields.put("decisionDate", era(overdue.decisionDate()));
        fields.put("decisionNumber", overdue.decisionDocumentNumber());
        fields.put("decidedAmount", money(overdue.decidedAmountYen()));
        fields.put("reportDueDate", era(overdue.reportDueDate()));
        return new LetterContent(NoticeKind.GRANT_REPORT_OVERDUE, municipality, null, written, fields);
    }

    /** The plan's title and the fiscal year, named in the era of the day the letter is written. */
    private static Map<String, Object> yearFields(String title, int fiscalYear, LocalDate written) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("fiscalYear", JapaneseCalendar.formatFiscalYear(fiscalYear, written));
        return fields;
    }

    /** 補助率 2分の1 and 補助上限額 100,000,000円, as the grant was opened with them. */
    private static void putTerms(Map<String, Object> fields, SubsidyTerms terms) {
        if (terms == null) {
            fields.put("rate", "");
            fields.put("annualCap", "");
            return;
        }
        fields.put("rate", terms.subsidyRateDenominator() + "分の" + terms.subsidyRateNumerator());
        fields.put("annualCap", money(terms.annualCapYen()));
    }

    private static String era(LocalDate date) {
        return date == null ? null : JapaneseCalendar.formatDate(date);
    }
}
