package jp.tokyo.monozukuri.notification.domain.pressrelease;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.tokyo.monozukuri.contracts.approval.ApprovalRoundPublished;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.notification.domain.JapaneseWording;
import jp.tokyo.monozukuri.notification.domain.RecipientList;

/**
 * How the release speaks of the municipalities of a round as a group: 「品川区、江戸川区、八王子市及び三鷹市」, 「4区市」,
 * 「各区市」, 「当該各区市」; 「5自治体」, 「各自治体」 for a round that includes a town or village — or, for a single
 * municipality, simply its name.
 */
public final class PressReleaseWording {

    private static final List<String> KIND_ORDER = List.of("区", "市", "町", "村");

    private final List<Municipality> municipalities;

    private PressReleaseWording(List<Municipality> municipalities) {
        if (municipalities.isEmpty()) {
            throw new IllegalArgumentException("a press release announces at least one plan");
        }
        this.municipalities = municipalities;
    }

    public static PressReleaseWording of(ApprovalRoundPublished round) {
        return new PressReleaseWording(municipalitiesOf(round));
    }

    /** The municipalities of a round in the order of its plans, each once. */
    public static List<Municipality> municipalitiesOf(ApprovalRoundPublished round) {
        Map<String, Municipality> byCode = new LinkedHashMap<>();
        for (ApprovalRoundPublished.ApprovedPlan approved : round.plans()) {
            String code = approved.plan().municipalityCode();
            byCode.computeIfAbsent(code, RecipientList::tokyoMunicipality);
        }
        return List.copyOf(byCode.values());
    }

    /** 品川区、江戸川区、八王子市及び三鷹市 */
    public String names() {
        return JapaneseWording.enumerate(municipalities.stream().map(Municipality::name).toList());
    }

    /** 4区市 — or the name, when only one municipality is announced. */
    public String group() {
        return single() ? names() : municipalities.size() + kinds();
    }

    /** 各区市 */
    public String each() {
        return single() ? names() : "各" + kinds();
    }

    /** 当該各区市 */
    public String concerned() {
        return single() ? names() : "当該各" + kinds();
    }

    /**
     * 計画が開始される平成26年度から3年間: the fiscal year the plans start in (named as on the day of the release) and the
     * length of their period. Plans that start in different years are spoken of together.
     */
    public static String fundingPeriod(List<PlanRevision> plans, LocalDate announced) {
        List<Integer> starts = plans.stream().map(PlanRevision::startFiscalYear).distinct().toList();
        List<Integer> lengths = plans.stream().map(p -> p.endFiscalYear() - p.startFiscalYear() + 1).distinct()
                .toList();
        String from = starts.size() == 1
                ? "計画が開始される" + JapaneseCalendar.formatFiscalYear(starts.get(0), announced)
                : "各計画が開始される年度";
        String span = lengths.size() == 1 ? lengths.get(0) + "年間" : "各計画の期間";
        return from + "から" + span;
    }

    private boolean single() {
        return municipalities.size() == 1;
    }

    /**
     * 区市, or 自治体 once a town or village is among them, as Tokyo's 2025 release writes "N自治体" for such a round.
     */
    private String kinds() {
        if (municipalities.stream().anyMatch(m -> m.kind() == Municipality.Kind.TOWN
                || m.kind() == Municipality.Kind.VILLAGE)) {
            return "自治体";
        }
        String present = municipalities.stream().map(JapaneseWording::kindSuffix).distinct()
                .collect(Collectors.joining());
        return KIND_ORDER.stream().filter(present::contains).collect(Collectors.joining());
    }
}
