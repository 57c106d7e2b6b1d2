package jp.tokyo.monozukuri.notification.domain.letter;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The names a letter cites, as the program's 要綱 gives them: they are settings, not wording, so that a successor
 * program (産業集積活性化支援事業, 地域産業成長支援事業) is a change of configuration. Templates print them as
 * {@code {{programName}}}, {@code {{subsidyName}}}, {@code {{planName}}}, {@code {{guideline}}} and {@code {{rules}}}.
 *
 * @param programName      事業名: ものづくり産業集積強化支援事業
 * @param subsidyName      補助金名: ものづくり産業集積強化支援事業費補助金
 * @param planName         the plan a municipality drafts: 地域産業基盤強化計画
 * @param guidelineName    要綱: ものづくり産業集積強化支援事業費補助金交付要綱
 * @param guidelineNumber  the 要綱's number and date (e.g. 24産労商地第○号), or null where it is not configured
 * @param rules            東京都補助金等交付規則(昭和37年東京都規則第141号)
 * @param lateInterest     the 延滞金 rate an order to refund warns of: 年10.95パーセント
 * @param withdrawalDays   the days after receipt of a 交付決定 within which the application may be withdrawn
 */
public record ProgramNames(String programName, String subsidyName, String planName, String guidelineName,
        String guidelineNumber, String rules, String lateInterest, int withdrawalDays) {

    public static final ProgramNames MONOZUKURI_CLUSTER = new ProgramNames("ものづくり産業集積強化支援事業",
            "ものづくり産業集積強化支援事業費補助金", "地域産業基盤強化計画", "ものづくり産業集積強化支援事業費補助金交付要綱",
            null, "東京都補助金等交付規則(昭和37年東京都規則第141号)", "年10.95パーセント", 14);

    public ProgramNames {
        Objects.requireNonNull(programName, "programName");
        Objects.requireNonNull(subsidyName, "subsidyName");
        Objects.requireNonNull(planName, "planName");
        Objects.requireNonNull(guidelineName, "guidelineName");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(lateInterest, "lateInterest");
        guidelineNumber = guidelineNumber == null || guidelineNumber.isBlank() ? null : guidelineNumber.strip();
        if (withdrawalDays < 1) {
            throw new IllegalArgumentException("withdrawalDays must be at least 1");
        }
    }

    /** The values templates print; {@code guideline} is the 要綱 with its number where one is set. */
    Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("programName", programName);
        model.put("subsidyName", subsidyName);
        model.put("planName", planName);
        model.put("guideline", guidelineNumber == null ? guidelineName
                : guidelineName + "(" + guidelineNumber + ")");
        model.put("rules", rules);
        model.put("lateInterest", lateInterest);
        model.put("withdrawalDays", withdrawalDays);
        return model;
    }
}
