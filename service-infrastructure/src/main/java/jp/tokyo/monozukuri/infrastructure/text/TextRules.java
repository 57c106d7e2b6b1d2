package jp.tokyo.monozukuri.infrastructure.text;

import java.util.Optional;

/**
 * What text the services accept, the same in every field of every request. A <em>single-line</em> field (a title,
 * a name, an address) holds no Unicode control (Cc) or format (Cf) character at all and no line or paragraph
 * separator: no tab, NEL, CSI, U+2028/2029, bidi override or zero-width character. A <em>multi-line</em> field (a
 * summary, a reason, a condition, a comment) follows the same rule but for line breaks ({@code \n}, or {@code \r\n})
 * and tabs. In both an unpaired surrogate is refused (JSON's {@code "\ud800"} escape decodes to one). A value made
 * only of white space and invisible characters is blank.
 */
public final class TextRules {

    public static final String SINGLE_LINE_MESSAGE =
            "must be a single line without control or invisible formatting characters";
    public static final String MULTI_LINE_MESSAGE =
            "must not contain control or invisible formatting characters other than line breaks and tabs";
    public static final String SURROGATE_MESSAGE = "must not contain an unpaired surrogate (invalid Unicode)";

    private TextRules() {
    }

    /** Why {@code value} is not a single line, or empty if it is (or is null: presence is another rule). */
    public static Optional<String> singleLineViolation(String value) {
        return violation(value, false);
    }

    /** Why {@code value} is not acceptable multi-line text, or empty if it is (or is null). */
    public static Optional<String> multiLineViolation(String value) {
        return violation(value, true);
    }

    /** True for null, empty, and text of only white space and invisible (format) characters, e.g. U+200B. */
    public static boolean isBlank(String value) {
        if (value == null) {
            return true;
        }
        return value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.isISOControl(c));
    }

    private static Optional<String> violation(String value, boolean multiLine) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(SURROGATE_MESSAGE);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(SURROGATE_MESSAGE);
            }
            if (multiLine && (c == '\n' || c == '\t'
                    || (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n'))) {
                continue;
            }
            if (refused(c)) {
                return Optional.of(multiLine ? MULTI_LINE_MESSAGE : SINGLE_LINE_MESSAGE);
            }
        }
        return Optional.empty();
    }

    private static boolean refused(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
