package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;

/**
 * The dates the steps of one fiscal year (年度, April 1 – March 31) may carry, beyond the program-wide window every
 * request is checked against: a budget is resolved and an application filed in the year or the one before it; a
 * decision and a change approval, being 支出負担行為, are made within the year; a report is due at most a year after
 * it ends; a report, confirmation, payment or refund comes at most five years after it ends (late reports, refunds
 * repaid over time). A date outside is an {@link InvalidInputException} naming the field, checked before anything is
 * numbered or saved.
 */
public final class FiscalYearWindow {

    /** Settlements (報告, 確定, 支払, 返還) of a year come at the latest this many years after it ends. */
    static final int SETTLEMENT_YEARS = 5;

    private final int fiscalYear;

    private FiscalYearWindow(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public static FiscalYearWindow of(int fiscalYear) {
        return new FiscalYearWindow(fiscalYear);
    }

    public LocalDate start() {
        return LocalDate.of(fiscalYear, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(fiscalYear + 1, 3, 31);
    }

    /** 予算の議決 of the year: in the year before it (当初予算) or within it (補正予算). */
    public void requireResolutionDate(String field, LocalDate date) {
        require(field, date, start().minusYears(1), end(), "in fiscal year " + (fiscalYear - 1) + " or " + fiscalYear);
    }

    /** 交付申請: in the year or the one before it. */
    void requireApplicationDate(String field, LocalDate date) {
        require(field, date, start().minusYears(1), end(), "in fiscal year " + (fiscalYear - 1) + " or " + fiscalYear);
    }

    /** 交付決定 and 変更承認: within the year (a 支出負担行為 is made within its fiscal year). */
    void requireWithinYear(String field, LocalDate date) {
        require(field, date, start(), end(), "within fiscal year " + fiscalYear);
    }

    /** A report due date: at most a year after the year ends. */
    void requireReportDueDate(String field, LocalDate date) {
        require(field, date, start(), end().plusYears(1), "from the start of fiscal year " + fiscalYear
                + " to a year after its end");
    }

    /** 実績報告, 額の確定, 支払, 返還: from the year's start to five years after its end. */
    void requireSettlementDate(String field, LocalDate date) {
        require(field, date, start(), end().plusYears(SETTLEMENT_YEARS), "from the start of fiscal year "
                + fiscalYear + " to " + SETTLEMENT_YEARS + " years after its end");
    }

    private static void require(String field, LocalDate date, LocalDate from, LocalDate to, String window) {
        if (date == null) {
            throw new InvalidInputException(field, "is required");
        }
        if (date.isBefore(from) || date.isAfter(to)) {
            throw new InvalidInputException(field, "must be " + window + " (" + from + " – " + to + ")");
        }
    }
}
