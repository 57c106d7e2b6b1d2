package jp.tokyo.monozukuri.notification.domain.letter;

import java.util.Objects;

/**
 * A formal letter as it is mailed: the subject line, the plain-text letter (the authoritative form) and its HTML
 * alternative, in which every value is escaped.
 */
public record Letter(String subject, String text, String html) {

    public Letter {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
