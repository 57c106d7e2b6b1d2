package jp.tokyo.monozukuri.approval.domain;

import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;

/**
 * 文書番号 — the number of an official decision, e.g. {@code 25産労商地第1号}: the era year of the decision's
 * fiscal year, the issuing section's prefix and a sequence per fiscal year without gaps or duplicates.
 */
public record DocumentNumber(int fiscalYear, String prefix, int sequence) {

    public DocumentNumber {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("a document number needs the issuing section's prefix");
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("document number sequences start at 1");
        }
    }

    /** {@code 25産労商地第1号} for the first number of FY2013 with prefix 産労商地. */
    public String formatted() {
        return JapaneseCalendar.eraYearOfFiscalYear(fiscalYear) + prefix + "第" + sequence + "号";
    }

    @Override
    public String toString() {
        return formatted();
    }
}
