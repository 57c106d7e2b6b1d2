package jp.tokyo.monozukuri.notification.domain.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.tokyo.monozukuri.notification.domain.letter.LetterLayout;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a letter out as a PDF document in Tokyo's 公文書 layout: A4 portrait, 横書き; 文書番号 and date top right,
 * addressee left, sender right with (公印省略) under it where the seal is omitted, 件名 centred, the body, 記 centred,
 * the items, 以上 right, and the 担当 block framed at the right. Long lines wrap (no line starts with 、 or 。 nor
 * ends with an opening bracket), a letter that outgrows a page goes on to the next, and pages are numbered when there
 * are several.
 *
 * <p>The font is the project's own copy of IPAex明朝 (IPA Font License v1.0), embedded as a subset of the glyphs the
 * letter uses, so the document reads the same on any machine and stays small. A character the font lacks prints as
 * 〓, the customary mark for a character that cannot be set. The parsed font is shared by all documents and is not
 * thread-safe, so documents are rendered one at a time.
 */
public final class PdfLetterRenderer {

    /** The shipped font, beside its licence ({@code fonts/IPA_Font_License_Agreement_v1.0.txt}). */
    public static final String SHIPPED_FONT = "fonts/ipaexm.ttf";

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 25 * MM;
    private static final float RIGHT = PAGE.getWidth() - 25 * MM;
    private static final float TOP = PAGE.getHeight() - 25 * MM;
    private static final float BOTTOM = 22 * MM;
    private static final float SIZE = 10.5f;
    private static final float SUBJECT_SIZE = 12f;
    private static final float LEADING = SIZE * 1.75f;
    private static final String GETA = "〓";
    /** Characters that may not begin a line (行頭禁則): they hang at the end of the line before. */
    private static final String NO_LINE_START = "、。，．,.)）」』】〕〉》・ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ";
    /** Characters that may not end a line (行末禁則): they go on to the next. */
    private static final String NO_LINE_END = "(（「『【〔〈《";
    private static final String CREATOR = "monozukuri-grants notification-service";

    private static volatile PdfLetterRenderer shipped;

    private final TrueTypeFont font;
    private final CmapLookup glyphs;

    private PdfLetterRenderer(TrueTypeFont font) throws IOException {
        this.font = font;
        this.glyphs = font.getUnicodeCmapLookup();
    }

    /** The renderer with the font shipped in this service, parsed once per process. */
    public static PdfLetterRenderer withShippedFont() {
        PdfLetterRenderer renderer = shipped;
        if (renderer == null) {
            synchronized (PdfLetterRenderer.class) {
                if (shipped == null) {
                    shipped = withFont(SHIPPED_FONT);
                }
                renderer = shipped;
            }
        }
        return renderer;
    }

    /** A renderer with a TrueType font from the classpath. */
    public static PdfLetterRenderer withFont(String classpathResource) {
        try (InputStream in = PdfLetterRenderer.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("font " + classpathResource + " is not on the classpath");
            }
            return new PdfLetterRenderer(new TTFParser().parse(new RandomAccessReadBuffer(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("font " + classpathResource + " cannot be read", e);
        }
    }

    /** The letter as a PDF document. */
    public synchronized byte[] render(LetterLayout letter) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font type0 = PDType0Font.load(document, font, true);
            describe(document, letter);
            Pages pages = new Pages(document, type0, glyphs);
            try {
                layOut(letter, pages);
            } finally {
                pages.close();
            }
            pages.number();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return ToUnicode.withTextAsWritten(out.toByteArray(), pages.written());
        } catch (IOException e) {
            throw new UncheckedIOException("the document of \"" + letter.subject() + "\" cannot be written", e);
        }
    }

    private void layOut(LetterLayout letter, Pages pages) throws IOException {
        if (letter.documentNumber() != null) {
            pages.right(settable(letter.documentNumber()), SIZE);
        }
        pages.right(settable(letter.date()), SIZE);
        pages.skip(1);
        pages.left(settable(letter.addressee()), SIZE, 0);
        pages.skip(1);
        pages.right(settable(letter.sender()), SIZE);
        if (letter.sealNote() != null) {
            pages.right(settable(letter.sealNote()), SIZE);
        }
        pages.skip(1.5f);
        for (String line : subjectLines(pages.wrap(settable(letter.subject()), SUBJECT_SIZE,
                (RIGHT - LEFT) - 4 * SUBJECT_SIZE, 0))) {
            pages.centre(line, SUBJECT_SIZE);
        }
        pages.skip(1);
        for (String line : letter.body()) {
            pages.paragraphLine(settable(line));
        }
        if (letter.hasItems()) {
            pages.skip(1);
            pages.centre("記", SIZE);
            pages.skip(1);
            for (String line : letter.items()) {
                pages.paragraphLine(settable(line));
            }
            pages.skip(1);
            pages.rightIndented("以上", SIZE, SIZE);
        }
        List<String> contact = letter.contact().stream().map(this::settable).toList();
        if (!contact.isEmpty()) {
            pages.skip(1.5f);
            pages.box(contact, SIZE);
        }
    }

    /**
     * A 件名 of two lines breaks after its last の near the end of the first line (…の交付申請の / 受付開始について(通知)),
     * not inside a word.
     */
    private static List<String> subjectLines(List<String> wrapped) {
        if (wrapped.size() != 2) {
            return wrapped;
        }
        String first = wrapped.get(0);
        int no = first.lastIndexOf('の');
        if (no < 0 || first.length() - no > 12 || no == first.length() - 1) {
            return wrapped;
        }
        return List.of(first.substring(0, no + 1), first.substring(no + 1) + wrapped.get(1));
    }

    private static void describe(PDDocument document, LetterLayout letter) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(letter.subject());
        info.setAuthor(letter.sender());
        info.setSubject(letter.documentNumber() == null ? letter.date() : letter.documentNumber() + " " + letter.date());
        info.setCreator(CREATOR);
        document.getDocumentCatalog().setLanguage("ja-JP");
    }

    /**
     * The text as the font can set it: a leading half-width space (the templates' paragraph indent) becomes a
     * full-width one, tabs and other controls go, and a character without a glyph becomes 〓.
     */
    private String settable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int leading = 0;
        while (leading < text.length() && text.charAt(leading) == ' ') {
            out.append('\u3000');
            leading++;
        }
        text.substring(leading).codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append('\u3000');
            } else if (Character.isISOControl(cp)) {
                return;
            } else if (glyphs.getGlyphId(cp) > 0) {
                out.appendCodePoint(cp);
            } else {
                out.append(GETA);
            }
        });
        return out.toString();
    }

    /** The pages of one document and where on the current one the next line goes. */
    private static final class Pages {

        private final PDDocument document;
        private final PDType0Font font;
        private final CmapLookup glyphs;
        private final Map<Integer, Integer> written = new TreeMap<>();
        private final List<PDPage> all = new ArrayList<>();
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument document, PDType0Font font, CmapLookup glyphs) throws IOException {
            this.document = document;
            this.font = font;
            this.glyphs = glyphs;
            newPage();
        }

        /** The character each glyph set in the document stands for, as the text had it. */
        Map<Integer, Integer> written() {
            return written;
        }

        void right(String text, float size) throws IOException {
            rightIndented(text, size, 0);
        }

        void rightIndented(String text, float size, float fromRight) throws IOException {
            line(RIGHT - fromRight - width(text, size), text, size);
        }

        void centre(String text, float size) throws IOException {
            line(LEFT + ((RIGHT - LEFT) - width(text, size)) / 2, text, size);
        }

        void left(String text, float size, float indent) throws IOException {
            line(LEFT + indent, text, size);
        }

        /**
         * A line of the body or the items, wrapped to the width. Continuation lines of an item (1 計画の名称, (1) 条件)
         * are indented to its text; those of a paragraph start at the margin.
         */
        void paragraphLine(String text) throws IOException {
            if (text.isBlank()) {
                skip(1);
                return;
            }
            float hanging = width(hangingPrefix(text), SIZE);
            List<String> lines = wrap(text, SIZE, RIGHT - LEFT, hanging);
            for (int i = 0; i < lines.size(); i++) {
                left(lines.get(i), SIZE, i == 0 ? 0 : hanging);
            }
        }

        /** The framed 担当 block at the right margin. */
        void box(List<String> lines, float size) throws IOException {
            float pad = size * 0.6f;
            float widest = 0;
            for (String line : lines) {
                widest = Math.max(widest, width(line, size));
            }
            float height = lines.size() * LEADING + pad;
            if (y - height < BOTTOM) {
                newPage();
            }
            float x = RIGHT - widest - pad;
            float top = y + size + pad / 2;
            content.setLineWidth(0.6f);
            content.addRect(x - pad, top - height - pad / 2, widest + 2 * pad, height + pad / 2);
            content.stroke();
            for (String line : lines) {
                line(x, line, size);
            }
        }

        void skip(float lines) {
            y -= LEADING * lines;
        }

        /** Splits a line to fit {@code width}; lines after the first are {@code hanging} narrower. */
        List<String> wrap(String text, float size, float width, float hanging) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            float available = width;
            int[] codePoints = text.codePoints().toArray();
            for (int cp : codePoints) {
                String next = current + new String(Character.toChars(cp));
                boolean hangs = NO_LINE_START.indexOf(cp) >= 0;
                if (width(next, size) > available && current.length() > 0 && !hangs) {
                    String carried = "";
                    int last = current.codePointBefore(current.length());
                    if (NO_LINE_END.indexOf(last) >= 0 && current.length() > Character.charCount(last)) {
                        carried = new String(Character.toChars(last));
                        current.setLength(current.length() - carried.length());
                    }
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(carried);
                    available = width - hanging;
                }
                current.appendCodePoint(cp);
            }
            lines.add(current.toString());
            return lines;
        }

        private void line(float x, String text, float size) throws IOException {
            if (y < BOTTOM) {
                newPage();
            }
            show(content, x, y, text, size);
            y -= LEADING;
        }

        private void show(PDPageContentStream stream, float x, float atY, String text, float size)
                throws IOException {
            text.codePoints().forEach(cp -> written.putIfAbsent(glyphs.getGlyphId(cp), cp));
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, atY);
            stream.showText(text);
            stream.endText();
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000f * size;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            all.add(page);
            content = new PDPageContentStream(document, page);
            y = TOP - SIZE;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }

        /** 1/2, 2/2 centred at the foot of each page, when the letter has more than one. */
        void number() throws IOException {
            if (all.size() < 2) {
                return;
            }
            for (int i = 0; i < all.size(); i++) {
                String number = (i + 1) + "/" + all.size();
                try (PDPageContentStream foot = new PDPageContentStream(document, all.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    show(foot, LEFT + ((RIGHT - LEFT) - width(number, SIZE)) / 2, BOTTOM - 2 * LEADING, number, SIZE);
                }
            }
        }

        /** The item's number and the space after it ("1 ", "(2) "), after the line's indent; empty for prose. */
        private static String hangingPrefix(String text) {
            java.util.regex.Matcher item = ITEM.matcher(text);
            return item.lookingAt() ? item.group() : "";
        }

        private static final java.util.regex.Pattern ITEM =
                java.util.regex.Pattern.compile("[\\u3000 ]*(?:\\(?[0-9０-９]+\\)?|[①-⑳])[\\u3000 ]");
    }
}
