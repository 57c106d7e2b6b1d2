package jp.tokyo.monozukuri.infrastructure.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x07, 0x09, 0x0a, 0x0d, 0x1b, 0x7f, 0x85, 0x9b, 0x200b, 0x200d, 0x200e, 0x202a, 0x202e,
            0x2028, 0x2029, 0x2066, 0x2069, 0xfeff, 0x061c})
    void singleLineRefusesEveryControlFormatAndSeparatorCharacter(int codePoint) {
        assertThat(TextRules.singleLineViolation("品川" + Character.toString(codePoint) + "区")).isPresent();
    }

    @Test
    void singleLineTakesJapaneseTextSupplementaryCharactersAndVariationSelectors() {
        assertThat(TextRules.singleLineViolation("ものづくり産業集積強化 𠮷 葛\uDB40\uDD00飾区 ①（株）")).isEmpty();
        assertThat(TextRules.singleLineViolation(null)).isEmpty();
    }

    @Test
    void loneSurrogatesAreRefusedEitherWay() {
        assertThat(TextRules.singleLineViolation("a\ud800")).contains(TextRules.SURROGATE_MESSAGE);
        assertThat(TextRules.singleLineViolation("\udc00a")).contains(TextRules.SURROGATE_MESSAGE);
        assertThat(TextRules.multiLineViolation("a\ud800\n")).contains(TextRules.SURROGATE_MESSAGE);
        assertThat(TextRules.multiLineViolation("\ud842\udfb7")).isEmpty();
    }

    @Test
    void multiLineTakesLineBreaksCrLfAndTabsOnly() {
        assertThat(TextRules.multiLineViolation("一\n二\r\n\t三")).isEmpty();
        assertThat(TextRules.multiLineViolation("一\r二")).isPresent();
        assertThat(TextRules.multiLineViolation("一\u0085二")).isPresent();
        assertThat(TextRules.multiLineViolation("一\u2028二")).isPresent();
        assertThat(TextRules.multiLineViolation("\u001b[2J")).isPresent();
        assertThat(TextRules.multiLineViolation("\u0000")).isPresent();
        assertThat(TextRules.multiLineViolation("a\u202eb")).isPresent();
    }

    @Test
    void onlyWhiteSpaceAndInvisibleCharactersIsBlank() {
        assertThat(TextRules.isBlank("\u200b\u200b")).isTrue();
        assertThat(TextRules.isBlank(" \u3000\ufeff\t")).isTrue();
        assertThat(TextRules.isBlank(null)).isTrue();
        assertThat(TextRules.isBlank("\u200b計画")).isFalse();
    }
}
