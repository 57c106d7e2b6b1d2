package jp.tokyo.monozukuri.notification.domain.letter;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.tokyo.monozukuri.notification.domain.NoticeKind;

/**
 * How every notice is headed and signed: the sender (東京都産業労働局長, with a name where one is set), the honorific
 * after the addressee (殿, or 様 as many of Tokyo's municipalities now write), the kinds that are orders and keep their
 * seal (返還命令, 取消: the letter carries no (公印省略) and the sealed original is issued on paper), and the 担当 block.
 *
 * @param senderName the name after the sender's title, or null to print the title alone
 * @param sealedKinds the notices issued under seal; every other kind says (公印省略)
 */
public record Letterhead(String sender, String senderName, String honorific, Set<NoticeKind> sealedKinds,
        Contact contact) {

    public static final String SEAL_OMITTED = "(公印省略)";

    public static final Letterhead TOKYO_BUREAU_OF_INDUSTRIAL_AND_LABOR_AFFAIRS = new Letterhead("東京都産業労働局長");

    public Letterhead {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(honorific, "honorific");
        Objects.requireNonNull(contact, "contact");
        senderName = senderName == null || senderName.isBlank() ? null : senderName.strip();
        sealedKinds = sealedKinds == null || sealedKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sealedKinds));
    }

    /** The sender alone, with the defaults: 殿, the refund order under seal, the 担当 of 地域産業振興課. */
    public Letterhead(String sender) {
        this(sender, null, "殿", Set.of(NoticeKind.GRANT_REFUND_DUE), Contact.REGIONAL_INDUSTRY_SECTION);
    }

    /** 東京都産業労働局長 or 東京都産業労働局長 氏名. */
    public String signature() {
        return senderName == null ? sender : sender + " " + senderName;
    }

    /** 品川区長 殿 */
    public String addressing(String addressee) {
        return addressee + " " + honorific;
    }

    public boolean sealRequired(NoticeKind kind) {
        return sealedKinds.contains(kind);
    }

    /**
     * 担当 — who in the section answers for the notice: 課, 係, 担当者, 電話, e-mail. Parts left blank are not printed.
     */
    public record Contact(String section, String unit, String person, String phone, String email) {

        /** The section and telephone of the program's press releases (報道発表資料 2014-03-13). */
        public static final Contact REGIONAL_INDUSTRY_SECTION = new Contact("産業労働局商工部地域産業振興課", null, null,
                "03-5320-4748", null);

        public Contact {
            Objects.requireNonNull(section, "section");
        }

        /** The lines of the block: 担当 産業労働局商工部地域産業振興課 地域産業支援担当, 電話 …, E-mail …. */
        public List<String> lines() {
            String office = blank(unit) ? section : section + " " + unit.strip();
            return java.util.stream.Stream.of("担当 " + office,
                    blank(person) ? null : "担当者 " + person.strip(),
                    blank(phone) ? null : "電話 " + phone.strip(),
                    blank(email) ? null : "E-mail " + email.strip())
                    .filter(Objects::nonNull).toList();
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }
}
