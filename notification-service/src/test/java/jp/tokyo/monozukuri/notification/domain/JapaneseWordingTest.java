package jp.tokyo.monozukuri.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import org.junit.jupiter.api.Test;

class JapaneseWordingTest {

    @Test
    void amountsAreWrittenInYenWithThousandsSeparators() {
        assertThat(JapaneseWording.yen(12_345_000L)).isEqualTo("12,345,000円");
        assertThat(JapaneseWording.yen(0L)).isEqualTo("0円");
    }

    @Test
    void aListIsJoinedWithCommasAndOyobiBeforeTheLast() {
        assertThat(JapaneseWording.enumerate(List.of("品川区", "江戸川区", "八王子市", "三鷹市")))
                .isEqualTo("品川区、江戸川区、八王子市及び三鷹市");
        assertThat(JapaneseWording.enumerate(List.of("品川区", "三鷹市"))).isEqualTo("品川区及び三鷹市");
        assertThat(JapaneseWording.enumerate(List.of("瑞穂町"))).isEqualTo("瑞穂町");
    }

    @Test
    void anInstantIsDatedByTheDayItIsInTokyo() {
        // 2014-03-12 23:30 in London is already 2014-03-13 in Tokyo
        assertThat(JapaneseWording.eraDate(OffsetDateTime.parse("2014-03-12T15:30:00Z"))).isEqualTo("平成26年3月13日");
        assertThat(JapaneseWording.eraDate(OffsetDateTime.parse("2019-05-01T09:00:00+09:00")))
                .isEqualTo("令和元年5月1日");
    }

    @Test
    void aLetterCallsTheMunicipalityByItsKind() {
        assertThat(JapaneseWording.honorific(Municipalities.byCode("131091").orElseThrow())).isEqualTo("貴区");
        assertThat(JapaneseWording.honorific(Municipalities.byCode("132047").orElseThrow())).isEqualTo("貴市");
        assertThat(JapaneseWording.honorific(Municipalities.byCode("133035").orElseThrow())).isEqualTo("貴町");
    }
}
