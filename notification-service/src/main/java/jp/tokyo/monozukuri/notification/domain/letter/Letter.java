package jp.tokyo.monozukuri.notification.domain.letter;

import java.util.Objects;

/**
 * A formal letter as it is mailed: the subject line, the plain-text letter (the authoritative form of the mail), its
 * HTML alternative, in which every value is escaped, and the document (PDF) attached to the mail.
 *
 * @param document the PDF document, or null for a letter recorded before documents were issued
 */
public record Letter(String subject, String text, String html, OfficialDocument document) {

    public Letter {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    /** A letter without a document. */
    public Letter(String subject, String text, String html) {
        this(subject, text, html, null);
    }

    /** An order issued under seal: the notice records that the sealed original is to be issued on paper. */
    public boolean sealRequired() {
        return document != null && document.sealRequired();
    }
}
