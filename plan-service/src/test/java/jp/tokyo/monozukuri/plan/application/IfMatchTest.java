package jp.tokyo.monozukuri.plan.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void aPlansETagIsItsVersionInQuotes() {
        assertThat(IfMatch.etagOf(7)).isEqualTo("\"7\"");
        assertThat(IfMatch.parse(IfMatch.etagOf(7)).matches(7)).isTrue();
    }

    @Test
    void anyOfSeveralTagsMayMatch() {
        IfMatch ifMatch = IfMatch.parse("\"3\", \"4\"");

        assertThat(ifMatch.matches(4)).isTrue();
        assertThat(ifMatch.matches(5)).isFalse();
    }

    @Test
    void anAsteriskMatchesAnyVersion() {
        assertThat(IfMatch.parse("*").matches(42)).isTrue();
    }

    @Test
    void weakUnquotedAndForeignTagsNeverMatch() {
        assertThat(IfMatch.parse("W/\"3\"").matches(3)).isFalse();
        assertThat(IfMatch.parse("3").matches(3)).isFalse();
        assertThat(IfMatch.parse("\"abc\"").matches(3)).isFalse();
        assertThat(IfMatch.parse("\"\"").matches(3)).isFalse();
    }
}
