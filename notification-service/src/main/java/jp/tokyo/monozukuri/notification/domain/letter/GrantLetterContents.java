package jp.tokyo.monozukuri.notification.domain.letter;

import static jp.tokyo.monozukuri.notification.domain.JapaneseWording.yen;
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
 * carry their document number and are dated with the decision; the other notices with the day of the event.
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
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", opened.planTitle());
        fields.put("approvalDate", era(opened.approvalDate()));
        fields.put("approvalNumber", opened.approvalDocumentNumber());
        fields.put("period", JapaneseCalendar.formatFiscalYearSpan(opened.startFiscalYear(), opened.endFiscalYear()));
        putTerms(fields, opened.terms());
        fields.put("years", opened.years() == null ? List.of() : opened.years().stream()
                .map(y -> Map.of("fiscalYear", JapaneseCalendar.formatFiscalYear(y.fiscalYear()),
                        "reportDueDate", era(y.reportDueDate())))
                .toList());
        return new LetterContent(NoticeKind.GRANT_OPENED, municipality, null, dayOf(event), fields);
    }

    private LetterContent yearOpened(EventEnvelope<?> event, Municipality municipality, GrantYearOpened opened) {
        Map<String, Object> fields = yearFields(opened.planTitle(), opened.fiscalYear());
        fields.put("metropolitanResolutionDate", era(opened.metropolitanResolutionDate()));
        fields.put("municipalResolutionDate", era(opened.municipalResolutionDate()));
        fields.put("reportDueDate", era(opened.reportDueDate()));
        putTerms(fields, opened.terms());
        return new LetterContent(NoticeKind.GRANT_YEAR_OPENED, municipality, null, dayOf(event), fields);
    }

    private LetterContent decided(EventEnvelope<?> event, Municipality municipality, GrantDecided decided) {
        Map<String, Object> fields = yearFields(decided.planTitle(), decided.fiscalYear());
        fields.put("applicationDate", era(decided.applicationDate()));
        fields.put("decidedAmount", yen(decided.decidedAmountYen()));
        fields.put("eligibleCost", yen(decided.eligibleCostYen()));
        fields.put("requestedAmount", yen(decided.requestedAmountYen()));
        fields.put("conditions", decided.conditions() == null ? List.of() : decided.conditions());
        fields.put("reportDueDate", era(decided.reportDueDate()));
        return new LetterContent(NoticeKind.GRANT_DECIDED, municipality, decided.documentNumber(),
                decisionDay(decided.decisionDate(), event), fields);
    }

    private LetterContent changed(EventEnvelope<?> event, Municipality municipality, GrantChanged changed) {
        Map<String, Object> fields = yearFields(changed.planTitle(), changed.fiscalYear());
        fields.put("decisionDate", era(changed.decisionDate()));
        fields.put("decisionNumber", changed.decisionDocumentNumber());
        fields.put("previousAmount", yen(changed.previousAmountYen()));
        fields.put("decidedAmount", yen(changed.decidedAmountYen()));
        fields.put("eligibleCost", yen(changed.eligibleCostYen()));
        fields.put("reason", changed.reason());
        fields.put("reportDueDate", era(changed.reportDueDate()));
        return new LetterContent(NoticeKind.GRANT_CHANGED, municipality, changed.documentNumber(),
                decisionDay(changed.changeDate(), event), fields);
    }

    private LetterContent confirmed(EventEnvelope<?> event, Municipality municipality, GrantConfirmed confirmed) {
        Map<String, Object> fields = yearFields(confirmed.planTitle(), confirmed.fiscalYear());
        fields.put("decisionNumber", confirmed.decisionDocumentNumber());
        fields.put("decidedAmount", yen(confirmed.decidedAmountYen()));
        fields.put("confirmedAmount", yen(confirmed.confirmedAmountYen()));
        fields.put("eligibleActualCost", yen(confirmed.eligibleActualCostYen()));
        fields.put("actualCost", yen(confirmed.actualCostYen()));
        fields.put("otherRevenue", yen(confirmed.otherRevenueYen()));
        fields.put("advancesPaid", yen(confirmed.advancesPaidYen()));
        fields.put("amountPayable", yen(confirmed.amountPayableYen()));
        fields.put("refundDue", yen(confirmed.refundDueYen()));
        fields.put("refundFollows", confirmed.refundDueYen() > 0);
        return new LetterContent(NoticeKind.GRANT_CONFIRMED, municipality, confirmed.documentNumber(),
                decisionDay(confirmed.confirmationDate(), event), fields);
    }

    private LetterContent paid(EventEnvelope<?> event, Municipality municipality, GrantPaid paid) {
        Map<String, Object> fields = yearFields(paid.planTitle(), paid.fiscalYear());
        fields.put("decisionNumber", paid.decisionDocumentNumber());
        fields.put("kind", paid.kind() == GrantPaid.Kind.ADVANCE ? "概算払" : "精算払");
        fields.put("amount", yen(paid.amountYen()));
        fields.put("paymentDate", era(paid.paymentDate()));
        fields.put("decidedAmount", yen(paid.decidedAmountYen()));
        fields.put("confirmedAmount", paid.confirmedAmountYen() == null ? "未確定" : yen(paid.confirmedAmountYen()));
        fields.put("totalPaid", yen(paid.totalPaidYen()));
        fields.put("outstanding", yen(paid.outstandingYen()));
        return new LetterContent(NoticeKind.GRANT_PAID, municipality, null, dayOf(event), fields);
    }

    private LetterContent refundDue(EventEnvelope<?> event, Municipality municipality, GrantRefundDue refund) {
        Map<String, Object> fields = yearFields(refund.planTitle(), refund.fiscalYear());
        fields.put("confirmationDate", era(refund.confirmationDate()));
        fields.put("decisionNumber", refund.decisionDocumentNumber());
        fields.put("confirmedAmount", yen(refund.confirmedAmountYen()));
        fields.put("advancesPaid", yen(refund.advancesPaidYen()));
        fields.put("refundAmount", yen(refund.refundAmountYen()));
        fields.put("refundDueDate", era(refund.refundDueDate()));
        return new LetterContent(NoticeKind.GRANT_REFUND_DUE, municipality, refund.documentNumber(),
                decisionDay(refund.confirmationDate(), event), fields);
    }

    private LetterContent reportOverdue(EventEnvelope<?> event, Municipality municipality,
            GrantReportOverdue overdue) {
        Map<String, Object> fields = yearFields(overdue.planTitle(), overdue.fiscalYear());
        fields.put("decisionDate", era(overdue.decisionDate()));
        fields.put("decisionNumber", overdue.decisionDocumentNumber());
        fields.put("decidedAmount", yen(overdue.decidedAmountYen()));
        fields.put("reportDueDate", era(overdue.reportDueDate()));
        return new LetterContent(NoticeKind.GRANT_REPORT_OVERDUE, municipality, null, dayOf(event), fields);
    }

    private static Map<String, Object> yearFields(String title, int fiscalYear) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("fiscalYear", JapaneseCalendar.formatFiscalYear(fiscalYear));
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
        fields.put("annualCap", yen(terms.annualCapYen()));
    }

    private static String era(LocalDate date) {
        return date == null ? null : JapaneseCalendar.formatDate(date);
    }
}
