package jp.tokyo.monozukuri.contracts.reference;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Fiscal years (年度, April 1 – March 31) and the Japanese era as official documents write them.
 * Stored values are ISO; these are for display and document numbers only.
 */
public final class JapaneseCalendar {

    private JapaneseCalendar() {
    }

    /** The fiscal year a date falls in: April 2014 – March 2015 is FY2014. */
    public static int fiscalYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    public static LocalDate firstDayOf(int fiscalYear) {
        return LocalDate.of(fiscalYear, 4, 1);
    }

    public static LocalDate lastDayOf(int fiscalYear) {
        return LocalDate.of(fiscalYear + 1, 3, 31);
    }

    /** 令和8年11月28日; the first year of an era is 元年 (令和元年5月1日). */
    public static String formatDate(LocalDate date) {
        JapaneseDate jd = JapaneseDate.from(date);
        return eraName(jd.getEra()) + yearNumber(jd.get(ChronoField.YEAR_OF_ERA)) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * 平成26年度 for FY2014, 令和元年度 for FY2019. A fiscal year takes the era in force at the end of its
     * calendar year, which is how the government named FY2019 (令和元年度) and FY1988 (昭和63年度).
     */
    public static String formatFiscalYear(int fiscalYear) {
        JapaneseDate jd = JapaneseDate.from(LocalDate.of(fiscalYear, 12, 31));
        return eraName(jd.getEra()) + yearNumber(jd.get(ChronoField.YEAR_OF_ERA)) + "年度";
    }

    /**
     * A fiscal year as a document written on {@code writtenOn} names it. The era follows the date the document was
     * written: FY2019 is 令和元年度, but a document written before 2019-05-01 said 平成31年度 (and 平成32年度 for
     * FY2020), since its writer counted on in the era in force. Earlier years keep their own era (a 令和 letter
     * citing FY2018 writes 平成30年度).
     */
    public static String formatFiscalYear(int fiscalYear, LocalDate writtenOn) {
        return eraYear(fiscalYear, writtenOn) + "年度";
    }

    /** 平成26~28年度, or 平成30~令和2年度 across eras, each year named as a document written on {@code writtenOn} does. */
    public static String formatFiscalYearSpan(int firstFiscalYear, int lastFiscalYear, LocalDate writtenOn) {
        String first = eraYear(firstFiscalYear, writtenOn);
        String last = eraYear(lastFiscalYear, writtenOn);
        String firstEra = first.substring(0, 2);
        return last.startsWith(firstEra) ? first + "~" + last.substring(2) + "年度" : first + "~" + last + "年度";
    }

    /** 平成26~28年度: a span of fiscal years as the press release writes a plan period. */
    public static String formatFiscalYearSpan(int firstFiscalYear, int lastFiscalYear) {
        JapaneseDate first = JapaneseDate.from(LocalDate.of(firstFiscalYear, 12, 31));
        JapaneseDate last = JapaneseDate.from(LocalDate.of(lastFiscalYear, 12, 31));
        if (!first.getEra().equals(last.getEra())) {
            return formatFiscalYear(firstFiscalYear).replace("年度", "") + "~"
                    + formatFiscalYear(lastFiscalYear);
        }
        return eraName(first.getEra()) + yearNumber(first.get(ChronoField.YEAR_OF_ERA)) + "~"
                + yearNumber(last.get(ChronoField.YEAR_OF_ERA)) + "年度";
    }

    /** The era year of a fiscal year as a document number starts: "25" for FY2013, "元" for FY2019. */
    public static String eraYearOfFiscalYear(int fiscalYear) {
        return yearNumber(JapaneseDate.from(LocalDate.of(fiscalYear, 12, 31)).get(ChronoField.YEAR_OF_ERA));
    }

    /** 平成31 or 令和元: the era and year a document written on {@code writtenOn} gives a fiscal year. */
    private static String eraYear(int fiscalYear, LocalDate writtenOn) {
        JapaneseDate named = JapaneseDate.from(LocalDate.of(fiscalYear, 12, 31));
        JapaneseDate written = JapaneseDate.from(writtenOn);
        if (named.getEra().getValue() <= written.getEra().getValue()) {
            return eraName(named.getEra()) + yearNumber(named.get(ChronoField.YEAR_OF_ERA));
        }
        int firstYearOfWrittenEra = writtenOn.getYear() - written.get(ChronoField.YEAR_OF_ERA) + 1;
        return eraName(written.getEra()) + yearNumber(fiscalYear - firstYearOfWrittenEra + 1);
    }

    private static String eraName(JapaneseEra era) {
        return era.getDisplayName(TextStyle.FULL, Locale.JAPAN);
    }

    private static String yearNumber(int yearOfEra) {
        return yearOfEra == 1 ? "元" : Integer.toString(yearOfEra);
    }
}
