package jp.tokyo.monozukuri.contracts.grant;

/**
 * The program parameters a grant was opened with (助成の条件). A grant keeps them for all its years, even when the
 * program's configuration changes later.
 *
 * @param subsidyRateNumerator            補助率, numerator of the exact fraction (1 of 1/2)
 * @param subsidyRateDenominator          補助率, denominator of the exact fraction (2 of 1/2)
 * @param annualCapYen                    補助上限額 per municipality and fiscal year, in yen
 * @param roundingUnitYen                 amounts are rounded down to a multiple of this (1,000 yen)
 * @param reportDueDaysAfterFiscalYearEnd 実績報告 is due this many days after March 31 (30 → April 30) unless the
 *                                        decision sets another date
 * @param refundPeriodDays                a refund (返還) is due this many days after the amount confirmation
 */
public record SubsidyTerms(long subsidyRateNumerator, long subsidyRateDenominator, long annualCapYen,
        long roundingUnitYen, int reportDueDaysAfterFiscalYearEnd, int refundPeriodDays) {
}
