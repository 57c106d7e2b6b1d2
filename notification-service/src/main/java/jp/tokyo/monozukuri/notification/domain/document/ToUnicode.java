package jp.tokyo.monozukuri.notification.domain.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The ToUnicode map of the embedded font, written from the characters the letter set. PDFBox maps each glyph back to
 * the lowest code point the font's cmap gives it, and IPAex明朝 shares the glyph of 月 with the Kangxi radical ⽉
 * (U+2F49), of 長 with ⻑ and so on: the document looked right but its text read back (search, copy, a screen
 * reader, the 文書主管課's archive) as radicals. The content stream's character codes are the font's original glyph
 * ids, so the map is written from glyph id to the character that was set with it.
 */
final class ToUnicode {

    private static final int PER_BLOCK = 100;

    private ToUnicode() {
    }

    static byte[] withTextAsWritten(byte[] pdf, Map<Integer, Integer> characterOfGlyph) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            byte[] cmap = cmap(characterOfGlyph);
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font) {
                        COSStream stream = document.getDocument().createCOSStream();
                        try (var out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                            out.write(cmap);
                        }
                        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] cmap(Map<Integer, Integer> characterOfGlyph) {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(characterOfGlyph.entrySet());
        entries.removeIf(e -> e.getKey() <= 0);
        for (int from = 0; from < entries.size(); from += PER_BLOCK) {
            List<Map.Entry<Integer, Integer>> block = entries.subList(from, Math.min(entries.size(), from + PER_BLOCK));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, Integer> entry : block) {
                cmap.append(String.format("<%04X> <", entry.getKey()));
                for (char c : Character.toChars(entry.getValue())) {
                    cmap.append(String.format("%04X", (int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("""
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """);
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
