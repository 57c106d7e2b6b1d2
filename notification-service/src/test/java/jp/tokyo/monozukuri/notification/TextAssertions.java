package jp.tokyo.monozukuri.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions on rendered documents. */
public final class TextAssertions {

    private TextAssertions() {
    }

    /** Each part occurs in {@code text}, after the previous one. */
    public static void assertAppearInOrder(String text, List<String> parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as("「%s」 after position %d", part, from).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }
}
