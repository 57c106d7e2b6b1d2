package jp.tokyo.monozukuri.notification.domain.letter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;
import jp.tokyo.monozukuri.notification.domain.JapaneseWording;
import jp.tokyo.monozukuri.notification.domain.document.PdfLetterRenderer;
import jp.tokyo.monozukuri.notification.domain.template.TemplateLibrary;

/**
 * Writes a {@link LetterContent} out as a formal letter. The kind's template ({@code notices/<kind>.txt}) gives the
 * subject on its first line and, after a blank line, the body, whose line {@code 記} opens the items; the frame
 * ({@code notices/letter.txt} and {@code notices/letter.html}) adds the document number, the era date, the addressee
 * (品川区長 殿), the sender with (公印省略) where the seal is omitted, 以上 and the 担当 block. The PDF document is laid
 * out from the same parts, so any kind with a template has its document, with no code of its own.
 */
public final class LetterWriter {

    private static final String FRAME_TEXT = "notices/letter.txt";
    private static final String FRAME_HTML = "notices/letter.html";
    private static final String KI = "記";
    private static final String IJOU = "以上";

    private final TemplateLibrary templates;
    private final Letterhead letterhead;
    private final ProgramNames program;
    private final PdfLetterRenderer documents;

    /**
     * @param documents renders the PDF of every letter; null writes letters without a document
     */
    public LetterWriter(TemplateLibrary templates, Letterhead letterhead, ProgramNames program,
            PdfLetterRenderer documents) {
        this.templates = templates;
        this.letterhead = letterhead;
        this.program = program;
        this.documents = documents;
    }

    /** With the program's default names and the PDF in the shipped font. */
    public LetterWriter(TemplateLibrary templates, Letterhead letterhead) {
        this(templates, letterhead, ProgramNames.MONOZUKURI_CLUSTER, PdfLetterRenderer.withShippedFont());
    }

    public Letter write(LetterContent content) {
        Map<String, Object> model = new HashMap<>(program.model());
        model.putAll(content.fields());
        model.put("addressee", content.municipality().addressee());
        model.put("municipalityName", content.municipality().name());
        model.put("you", JapaneseWording.honorific(content.municipality()));
        String rendered = templates.render("notices/" + content.kind().template() + ".txt", model).strip();
        int endOfSubject = rendered.indexOf('\n');
        if (endOfSubject < 0) {
            throw new IllegalStateException("template " + content.kind().template() + " has no body after the subject");
        }
        String subject = rendered.substring(0, endOfSubject).strip();
        String body = rendered.substring(endOfSubject + 1).replaceFirst("^(?:[ \\t]*\\n)+", "");

        boolean sealRequired = letterhead.sealRequired(content.kind());
        List<String> lines = List.of(body.split("\\n", -1));
        int ki = indexOfKi(lines);
        LetterLayout layout = new LetterLayout(content.documentNumber(), JapaneseCalendar.formatDate(content.date()),
                letterhead.addressing(content.municipality().addressee()), letterhead.signature(),
                sealRequired ? null : Letterhead.SEAL_OMITTED, subject,
                trimBlank(ki < 0 ? lines : lines.subList(0, ki)),
                ki < 0 ? List.of() : withoutClosing(trimBlank(lines.subList(ki + 1, lines.size()))),
                letterhead.contact().lines(), sealRequired);

        Map<String, Object> frame = frameOf(layout);
        OfficialDocument document = documents == null ? null
                : new OfficialDocument(documents.render(layout), sealRequired);
        return new Letter(subject, templates.render(FRAME_TEXT, frame), templates.render(FRAME_HTML, frame),
                document);
    }

    private static Map<String, Object> frameOf(LetterLayout layout) {
        Map<String, Object> frame = new HashMap<>();
        frame.put("documentNumber", layout.documentNumber());
        frame.put("date", layout.date());
        frame.put("addressee", layout.addressee());
        frame.put("sender", layout.sender());
        frame.put("sealNote", layout.sealNote());
        frame.put("sealRequired", layout.sealRequired());
        frame.put("subject", layout.subject());
        frame.put("body", String.join("\n", layout.body()));
        frame.put("paragraphs", paragraphs(layout.body()));
        frame.put("hasItems", layout.hasItems());
        frame.put("items", String.join("\n", layout.items()));
        frame.put("itemLines", layout.items());
        frame.put("contact", layout.contact());
        return frame;
    }

    private static int indexOfKi(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(KI)) {
                return i;
            }
        }
        return -1;
    }

    /** 以上 is the frame's: a template that ends its items with it does not get it twice. */
    private static List<String> withoutClosing(List<String> items) {
        if (!items.isEmpty() && items.get(items.size() - 1).strip().equals(IJOU)) {
            return trimBlank(items.subList(0, items.size() - 1));
        }
        return items;
    }

    private static List<String> trimBlank(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return List.copyOf(lines.subList(from, to));
    }

    /** The body as paragraphs (split at blank lines) of lines, for the HTML frame to escape one by one. */
    private static List<Map<String, Object>> paragraphs(List<String> body) {
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : body) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(Map.of("lines", List.copyOf(current)));
                    current.clear();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(Map.of("lines", List.copyOf(current)));
        }
        return paragraphs;
    }
}
