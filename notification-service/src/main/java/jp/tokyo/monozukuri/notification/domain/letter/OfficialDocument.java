package jp.tokyo.monozukuri.notification.domain.letter;

import java.util.Arrays;
import java.util.Objects;

/**
 * 公文書 — the notice as the document filed with the case: a PDF (A4, 横書き, the Japanese font embedded), attached to
 * the mail and kept with the notice.
 *
 * @param sealRequired the document is an order issued under seal: the sealed original goes out on paper and the
 *                     mailed PDF is a copy
 */
public record OfficialDocument(byte[] pdf, boolean sealRequired) {

    public static final String MEDIA_TYPE = "application/pdf";

    public OfficialDocument {
        Objects.requireNonNull(pdf, "pdf");
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    public int size() {
        return pdf.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfficialDocument that && sealRequired == that.sealRequired
                && Arrays.equals(pdf, that.pdf);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pdf) + Boolean.hashCode(sealRequired);
    }

    @Override
    public String toString() {
        return "OfficialDocument[" + pdf.length + " bytes" + (sealRequired ? ", under seal" : "") + "]";
    }
}
