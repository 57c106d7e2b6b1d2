package jp.tokyo.monozukuri.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF document as PDFBox reads it back, for tests to check what a document says. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) {
        if (pdf == null) {
            throw new AssertionError("no PDF document");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
