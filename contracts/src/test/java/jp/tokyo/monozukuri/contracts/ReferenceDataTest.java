package jp.tokyo.monozukuri.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    @Test
    void tokyoHasSixtyTwoMunicipalitiesAllWithValidCheckDigits() {
        assertThat(Municipalities.tokyo()).hasSize(62)
                .allSatisfy(m -> assertThat(Municipalities.hasValidCheckDigit(m.code())).isTrue());
    }

    @Test
    void checkDigitIsVerified() {
        assertThat(Municipalities.hasValidCheckDigit("131091")).isTrue(); // 品川区
        assertThat(Municipalities.hasValidCheckDigit("131092")).isFalse();
        assertThat(Municipalities.hasValidCheckDigit("13109")).isFalse();
        assertThat(Municipalities.hasValidCheckDigit("13109a")).isFalse();
        assertThat(Municipalities.isTokyo("011002")).isFalse(); // 札幌市: valid, but not Tokyo
        assertThat(Municipalities.hasValidCheckDigit("011002")).isTrue();
    }

    @Test
    void addresseeIsTheHeadOfTheMunicipality() {
        assertThat(Municipalities.byCode("131091")).map(Municipality::addressee).hasValue("品川区長");
        assertThat(Municipalities.byCode("132012")).map(Municipality::addressee).hasValue("八王子市長");
        assertThat(Municipalities.tokyo()).filteredOn(m -> m.name().equals("瑞穂町"))
                .singleElement().extracting(Municipality::addressee).isEqualTo("瑞穂町長");
    }

    @Test
    void fiscalYearsRunFromAprilToMarch() {
        assertThat(JapaneseCalendar.fiscalYearOf(LocalDate.of(2014, 3, 13))).isEqualTo(2013);
        assertThat(JapaneseCalendar.fiscalYearOf(LocalDate.of(2014, 4, 1))).isEqualTo(2014);
    }

    @Test
    void eraFormatsAsOfficialDocumentsWriteThem() {
        assertThat(JapaneseCalendar.formatFiscalYear(2014)).isEqualTo("平成26年度");
        assertThat(JapaneseCalendar.formatFiscalYear(2026)).isEqualTo("令和8年度");
        assertThat(JapaneseCalendar.formatFiscalYear(2019)).isEqualTo("令和元年度");
        assertThat(JapaneseCalendar.formatFiscalYearSpan(2014, 2016)).isEqualTo("平成26~28年度");
        assertThat(JapaneseCalendar.formatDate(LocalDate.of(2026, 11, 28))).isEqualTo("令和8年11月28日");
        assertThat(JapaneseCalendar.formatDate(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(JapaneseCalendar.eraYearOfFiscalYear(2013)).isEqualTo("25");
    }

    @Test
    void aDocumentNamesAFiscalYearInTheEraOfTheDayItWasWritten() {
        assertThat(JapaneseCalendar.formatFiscalYear(2019, LocalDate.of(2019, 4, 1))).isEqualTo("平成31年度");
        assertThat(JapaneseCalendar.formatFiscalYear(2019, LocalDate.of(2019, 4, 30))).isEqualTo("平成31年度");
        assertThat(JapaneseCalendar.formatFiscalYear(2019, LocalDate.of(2019, 5, 1))).isEqualTo("令和元年度");
        assertThat(JapaneseCalendar.formatFiscalYear(2020, LocalDate.of(2019, 3, 1))).isEqualTo("平成32年度");
        assertThat(JapaneseCalendar.formatFiscalYear(2018, LocalDate.of(2020, 6, 1))).isEqualTo("平成30年度");
        assertThat(JapaneseCalendar.formatFiscalYear(2014, LocalDate.of(2014, 3, 13))).isEqualTo("平成26年度");
        assertThat(JapaneseCalendar.formatFiscalYearSpan(2018, 2020, LocalDate.of(2018, 3, 20)))
                .isEqualTo("平成30~32年度");
        assertThat(JapaneseCalendar.formatFiscalYearSpan(2018, 2020, LocalDate.of(2019, 6, 1)))
                .isEqualTo("平成30~令和2年度");
        assertThat(JapaneseCalendar.formatFiscalYearSpan(2014, 2016, LocalDate.of(2014, 3, 13)))
                .isEqualTo("平成26~28年度");
    }
}
