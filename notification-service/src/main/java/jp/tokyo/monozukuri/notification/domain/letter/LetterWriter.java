package jp.tokyo.monozukuri.notification.domain.letter;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;
import jp.tokyo.monozukuri.notification.domain.JapaneseWording;
import jp.tokyo.monozukuri.notification.domain.template.TemplateLibrary;

/**
 * Writes a {@link LetterContent} out as a formal letter. The kind's template ({@code notices/<kind>.txt}) gives the
 * subject on its first line and, after a blank line, the body; the frame ({@code notices/letter.txt} and
 * {@code notices/letter.html}) adds the document number, the era date, the addressee (品川区長 殿) and the sender.
 */
public final class LetterWriter {

    private static final String FRAME_TEXT = "notices/letter.txt";
    private static final String FRAME_HTML = "notices/letter.html";

    private final TemplateLibrary templates;
    private final Letterhead letterhead;

    public LetterWriter(TemplateLibrary templates, Letterhead letterhead) {
        this.templates = templates;
        this.letterhead = letterhead;
    }

    public Letter write(LetterContent content) {
        Map<String, Object> model = new HashMap<>(content.fields());
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

        Map<String, Object> frame = new HashMap<>();
        frame.put("documentNumber", content.documentNumber());
        frame.put("date", JapaneseCalendar.formatDate(content.date()));
        frame.put("addressee", content.municipality().addressee());
        frame.put("sender", letterhead.sender());
        frame.put("subject", subject);
        frame.put("body", body);
        frame.put("paragraphs", paragraphs(body));
        return new Letter(subject, templates.render(FRAME_TEXT, frame), templates.render(FRAME_HTML, frame));
    }

    /** The body as paragraphs (split at blank lines) of lines, for the HTML frame to escape one by one. */
    private static List<Map<String, Object>> paragraphs(String body) {
        return Arrays.stream(body.split("\\n\\s*\\n"))
                .map(p -> Map.<String, Object>of("lines", List.of(p.split("\\n"))))
                .toList();
    }
}
