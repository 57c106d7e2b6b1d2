package jp.tokyo.monozukuri.grant.domain;

import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;

/**
 * 文書番号 — the number a formal notice is issued under, e.g. {@code 26産労商地助第1号}: the era year of the document's
 * fiscal year, the issuing section's symbol, and a sequence that restarts every fiscal year with no gaps and no
 * duplicates.
 */
public record DocumentNumber(int fiscalYear, String symbol, int sequence) {

    public DocumentNumber {
        if (symbol == null || symbol.isBlank() || sequence < 1) {
            throw new IllegalArgumentException("a document number needs a symbol and a sequence from 1");
        }
    }

    @Override
    public String toString() {
        return JapaneseCalendar.eraYearOfFiscalYear(fiscalYear) + symbol + "第" + sequence + "号";
    }
}
