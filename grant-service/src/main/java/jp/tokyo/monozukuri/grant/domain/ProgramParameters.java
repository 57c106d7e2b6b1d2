package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;
import jp.tokyo.monozukuri.contracts.grant.SubsidyTerms;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;

/**
 * The program parameters a grant is opened with and keeps for all its years: subsidy rate, annual cap per
 * municipality (補助上限額), rounding unit (amounts are rounded down to it), when the performance report is due
 * and how long a municipality has to repay an excess advance. All the amount rules of the program live here.
 */
public record ProgramParameters(SubsidyRate subsidyRate, long annualCapYen, long roundingUnitYen,
        int reportDueDaysAfterFiscalYearEnd, int refundPeriodDays) {

    public ProgramParameters {
        if (subsidyRate == null) {
            throw new IllegalArgumentException("a subsidy rate is required");
        }
        if (annualCapYen <= 0 || roundingUnitYen <= 0 || annualCapYen % roundingUnitYen != 0) {
            throw new IllegalArgumentException("the annual cap (" + annualCapYen
                    + ") must be a positive multiple of the rounding unit (" + roundingUnitYen + ")");
        }
        if (reportDueDaysAfterFiscalYearEnd < 0 || refundPeriodDays < 0) {
            throw new IllegalArgumentException("due periods cannot be negative");
        }
    }

    public static ProgramParameters of(SubsidyTerms terms) {
        return new ProgramParameters(new SubsidyRate(terms.subsidyRateNumerator(), terms.subsidyRateDenominator()),
                terms.annualCapYen(), terms.roundingUnitYen(), terms.reportDueDaysAfterFiscalYearEnd(),
                terms.refundPeriodDays());
    }

    public SubsidyTerms toTerms() {
        return new SubsidyTerms(subsidyRate.numerator(), subsidyRate.denominator(), annualCapYen, roundingUnitYen,
                reportDueDaysAfterFiscalYearEnd, refundPeriodDays);
    }

    /** Down to the rounding unit: ¥1,999 → ¥1,000 with a unit of ¥1,000 (端数切捨て). */
    public long roundDown(long amountYen) {
        return Math.floorDiv(amountYen, roundingUnitYen) * roundingUnitYen;
    }

    /**
     * The most that may be decided (or requested) for an eligible cost: min(annual cap, round_down(rate × eligible
     * cost)).
     */
    public long limitFor(long eligibleCostYen) {
        return Math.min(annualCapYen, roundDown(subsidyRate.applyTo(Math.max(0, eligibleCostYen))));
    }

    /**
     * 額の確定: min(decided amount, annual cap, round_down(rate × (eligible actual cost − other revenue))), never
     * negative. Spending more than planned never raises the amount above the decision.
     */
    public long confirmedAmount(long decidedAmountYen, long eligibleActualCostYen, long otherRevenueYen) {
        long subsidisedCost = Math.max(0, eligibleActualCostYen - otherRevenueYen);
        return Math.max(0, Math.min(decidedAmountYen, limitFor(subsidisedCost)));
    }

    /** 実績報告 deadline of a fiscal year: the set number of days after March 31 (30 → April 30). */
    public LocalDate reportDueDate(int fiscalYear) {
        return JapaneseCalendar.lastDayOf(fiscalYear).plusDays(reportDueDaysAfterFiscalYearEnd);
    }

    public LocalDate refundDueDate(LocalDate confirmationDate) {
        return confirmationDate.plusDays(refundPeriodDays);
    }
}
