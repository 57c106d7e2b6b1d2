package jp.tokyo.monozukuri.notification;

import java.util.List;

/**
 * What the notice of each contract fixture must say: the municipality it goes to, its subject, addressee, era
 * date and document number. Unit tests of the letters and the end-to-end mail tests check the same table.
 */
public final class ExpectedLetters {

    /** One notice a fixture calls for. {@code documentNumber} is null where the event has none. */
    public record Expected(String eventType, String municipalityCode, String subject, String addressee,
            String eraDate, String documentNumber) {

        @Override
        public String toString() {
            return eventType + " → " + addressee;
        }

        /** An order (返還命令) keeps its seal: no (公印省略), and the mail says the sealed original follows. */
        public boolean sealed() {
            return eventType.equals("grant.refund-due");
        }

        /** How the plain-text letter begins: number, date, addressee, sender (公印省略), subject. */
        public String textHead() {
            return (sealed() ? SEALED_COPY + "\n\n" : "")
                    + (documentNumber == null ? "" : documentNumber + "\n") + eraDate + "\n\n" + addressee
                    + "\n\n東京都産業労働局長\n" + (sealed() ? "" : "(公印省略)\n") + "\n" + subject + "\n\n";
        }
    }

    public static final String SHINAGAWA = "131091";

    /** The first line of the mail of an order issued under seal. */
    public static final String SEALED_COPY = "【この電子メールは写しです。本通知は命令であり、公印を押印した正本を別途交付します。】";

    /** Every fixture but {@code approval-round.published}, which concerns four municipalities (see below). */
    public static final List<Expected> SINGLE_MUNICIPALITY = List.of(
            new Expected("plan.submitted", SHINAGAWA, "地域産業基盤強化計画の受付について(通知)", "品川区長 殿",
                    "平成26年1月20日", null),
            new Expected("plan.withdrawn", SHINAGAWA, "地域産業基盤強化計画の取下げについて(通知)", "品川区長 殿",
                    "平成26年1月24日", null),
            new Expected("approval.withdrawal-accepted", SHINAGAWA, "地域産業基盤強化計画の取下げについて(通知)",
                    "品川区長 殿", "平成26年1月24日", null),
            new Expected("approval.withdrawal-refused", SHINAGAWA, "地域産業基盤強化計画の取下げの申出について(通知)",
                    "品川区長 殿", "平成26年3月13日", null),
            new Expected("review.started", SHINAGAWA, "地域産業基盤強化計画の審査開始について(通知)", "品川区長 殿",
                    "平成26年1月27日", null),
            new Expected("plan.returned", SHINAGAWA, "地域産業基盤強化計画の差戻しについて(通知)", "品川区長 殿",
                    "平成26年2月5日", null),
            new Expected("plan.approved", SHINAGAWA, "地域産業基盤強化計画の承認について(通知)", "品川区長 殿",
                    "平成26年3月13日", "25産労商地第1号"),
            new Expected("plan.rejected", "133035", "地域産業基盤強化計画の不承認について(通知)", "瑞穂町長 殿",
                    "平成26年3月13日", "25産労商地第5号"),
            new Expected("grant.opened", SHINAGAWA, "ものづくり産業集積強化支援事業による補助の開始について(通知)",
                    "品川区長 殿", "平成26年3月13日", null),
            new Expected("grant.year-opened", SHINAGAWA,
                    "平成26年度ものづくり産業集積強化支援事業費補助金の交付申請の受付開始について(通知)", "品川区長 殿",
                    "平成26年3月27日", null),
            new Expected("grant.decided", SHINAGAWA, "平成26年度ものづくり産業集積強化支援事業費補助金の交付決定について(通知)",
                    "品川区長 殿", "平成26年5月15日", "26産労商地助第1号"),
            new Expected("grant.changed", SHINAGAWA,
                    "平成26年度ものづくり産業集積強化支援事業費補助金の交付決定の変更について(通知)", "品川区長 殿",
                    "平成26年10月15日", "26産労商地助第8号"),
            new Expected("grant.confirmed", SHINAGAWA,
                    "平成26年度ものづくり産業集積強化支援事業費補助金の額の確定について(通知)", "品川区長 殿",
                    "平成27年5月20日", "27産労商地助第3号"),
            new Expected("grant.paid", SHINAGAWA, "平成26年度ものづくり産業集積強化支援事業費補助金の支払について(通知)",
                    "品川区長 殿", "平成26年6月2日", null),
            new Expected("grant.refund-due", SHINAGAWA, "平成26年度ものづくり産業集積強化支援事業費補助金の返還について(命令)",
                    "品川区長 殿", "平成27年5月20日", null),
            new Expected("grant.report-overdue", SHINAGAWA,
                    "平成26年度ものづくり産業集積強化支援事業費補助金の実績報告書の提出について(催告)", "品川区長 殿",
                    "平成27年5月1日", null));

    /** {@code approval-round.published}: each municipality announced hears of the release. */
    public static final List<Expected> ROUND_ANNOUNCED = List.of(
            new Expected("approval-round.published", SHINAGAWA, "地域産業基盤強化計画の承認に係る報道発表について(お知らせ)",
                    "品川区長 殿", "平成26年3月13日", null),
            new Expected("approval-round.published", "131237", "地域産業基盤強化計画の承認に係る報道発表について(お知らせ)",
                    "江戸川区長 殿", "平成26年3月13日", null),
            new Expected("approval-round.published", "132012", "地域産業基盤強化計画の承認に係る報道発表について(お知らせ)",
                    "八王子市長 殿", "平成26年3月13日", null),
            new Expected("approval-round.published", "132047", "地域産業基盤強化計画の承認に係る報道発表について(お知らせ)",
                    "三鷹市長 殿", "平成26年3月13日", null));

    private ExpectedLetters() {
    }
}
