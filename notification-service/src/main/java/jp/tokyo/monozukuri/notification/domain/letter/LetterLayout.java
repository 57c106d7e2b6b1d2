package jp.tokyo.monozukuri.notification.domain.letter;

import java.util.List;
import java.util.Objects;

/**
 * A formal letter (公文書) in its parts, in the order of Tokyo's layout: 文書番号 and date top right, addressee left,
 * sender right with (公印省略) where the seal is omitted, 件名 centred, the body, 記 centred with the items, 以上, and the
 * 担当 block. The mail's text and HTML and the PDF document are all laid out from this one value.
 *
 * @param documentNumber 25産労商地第1号, or null for a notice without one
 * @param date           平成26年3月13日
 * @param addressee      品川区長 殿
 * @param sealNote       (公印省略), or null where the document is issued under seal
 * @param body           the lines before 記
 * @param items          the lines between 記 and 以上; empty for a letter without 記
 * @param contact        the 担当 block's lines
 * @param sealRequired   an order: the sealed original is issued on paper, the mail and its PDF are a copy
 */
public record LetterLayout(String documentNumber, String date, String addressee, String sender, String sealNote,
        String subject, List<String> body, List<String> items, List<String> contact, boolean sealRequired) {

    public LetterLayout {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(subject, "subject");
        body = List.copyOf(body);
        items = List.copyOf(items);
        contact = List.copyOf(contact);
    }

    public boolean hasItems() {
        return !items.isEmpty();
    }
}
