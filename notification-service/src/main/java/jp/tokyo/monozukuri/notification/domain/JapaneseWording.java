package jp.tokyo.monozukuri.notification.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;
import jp.tokyo.monozukuri.contracts.reference.Municipality;

/** How official Japanese documents write amounts, enumerations, dates and a municipality referred to as "you". */
public final class JapaneseWording {

    /** Documents are dated in Tokyo whatever zone an event's timestamp carries. */
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private JapaneseWording() {
    }

    /** 12,345,000円 */
    public static String yen(long amount) {
        return String.format(Locale.ROOT, "%,d円", amount);
    }

    /** 金12,345,000円: an amount as the items of a decision print it. */
    public static String money(long amount) {
        return "金" + yen(amount);
    }

    /** 品川区、江戸川区、八王子市及び三鷹市: commas between, 及び before the last. */
    public static String enumerate(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join("、", items.subList(0, items.size() - 1)) + "及び" + items.get(items.size() - 1);
    }

    /** The date in Tokyo of an instant, in the era: 令和8年11月28日. */
    public static String eraDate(OffsetDateTime at) {
        return JapaneseCalendar.formatDate(localDate(at));
    }

    public static LocalDate localDate(OffsetDateTime at) {
        return at.atZoneSameInstant(TOKYO).toLocalDate();
    }

    /** 区, 市, 町 or 村: the kind a municipality's name ends with, as its head's title starts. */
    public static String kindSuffix(Municipality municipality) {
        return municipality.headTitle().substring(0, 1);
    }

    /** 貴区, 貴市, 貴町, 貴村: how a letter to the head refers to the municipality. */
    public static String honorific(Municipality municipality) {
        return "貴" + kindSuffix(municipality);
    }
}
