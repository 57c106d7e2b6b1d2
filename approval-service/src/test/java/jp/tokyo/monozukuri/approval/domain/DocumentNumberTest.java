package jp.tokyo.monozukuri.approval.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void aDecisionOfFiscalYear2013IsNumberedInHeisei25() {
        assertThat(new DocumentNumber(2013, "産労商地", 1).formatted()).isEqualTo("25産労商地第1号");
        assertThat(new DocumentNumber(2013, "産労商地", 12).formatted()).isEqualTo("25産労商地第12号");
    }

    @Test
    void theFirstYearOfAnEraIsWrittenGan() {
        assertThat(new DocumentNumber(2019, "産労商地", 3).formatted()).isEqualTo("元産労商地第3号");
        assertThat(new DocumentNumber(2026, "産労商地", 3).formatted()).isEqualTo("8産労商地第3号");
    }

    @Test
    void thePrefixIsTheIssuingSections() {
        assertThat(new DocumentNumber(2014, "産労商", 2).formatted()).isEqualTo("26産労商第2号");
    }

    @Test
    void sequencesStartAtOneAndNeedAPrefix() {
        assertThatThrownBy(() -> new DocumentNumber(2013, "産労商地", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumber(2013, " ", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
