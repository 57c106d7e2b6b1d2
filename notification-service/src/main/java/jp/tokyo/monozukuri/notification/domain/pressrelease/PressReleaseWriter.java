package jp.tokyo.monozukuri.notification.domain.pressrelease;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.approval.ApprovalRoundPublished;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.notification.domain.template.TemplateLibrary;

/**
 * Renders an {@code approval-round.published} as a press release: the lead paragraphs
 * ({@code press-release/lead.txt}), then per plan its title, municipality and period, summary, figure captions and
 * numbered measures with their items, then the contact section — as plain text ({@code press-release/release.txt})
 * and as an HTML page ({@code press-release/release.html}).
 */
public final class PressReleaseWriter {

    private final TemplateLibrary templates;

    public PressReleaseWriter(TemplateLibrary templates) {
        this.templates = templates;
    }

    public PressRelease write(EventEnvelope<ApprovalRoundPublished> event) {
        ApprovalRoundPublished round = event.payload();
        PressReleaseWording wording = PressReleaseWording.of(round);
        List<PlanRevision> plans = round.plans().stream().map(ApprovalRoundPublished.ApprovedPlan::plan).toList();

        Map<String, Object> model = new HashMap<>();
        model.put("date", gregorianDate(round.announcementDate()));
        model.put("isoDate", round.announcementDate().toString());
        model.put("bureau", round.bureau());
        model.put("municipalities", wording.names());
        model.put("group", wording.group());
        model.put("each", wording.each());
        model.put("concerned", wording.concerned());
        model.put("fundingPeriod", PressReleaseWording.fundingPeriod(plans, round.announcementDate()));
        model.put("plans", plans.stream().map(plan -> planModel(plan, round.announcementDate())).toList());
        model.put("contactSection", nullToEmpty(round.bureau()) + nullToEmpty(round.section()));
        model.put("contactPhone", round.contactPhone());
        model.put("headline", templates.render("press-release/headline.txt", model).strip());
        model.put("leadParagraphs", lines(templates.render("press-release/lead.txt", model)));

        List<Municipality> municipalities = PressReleaseWording.municipalitiesOf(round);
        Instant publishedAt = round.publishedAt() != null ? round.publishedAt().toInstant()
                : event.occurredAt().toInstant();
        return new PressRelease(round.roundId(), event.eventId(), round.announcementDate(), round.bureau(),
                (String) model.get("headline"), municipalities.stream().map(Municipality::code).toList(),
                municipalities.stream().map(Municipality::name).toList(),
                templates.render("press-release/release.txt", model),
                templates.render("press-release/release.html", model), publishedAt);
    }

    private static Map<String, Object> planModel(PlanRevision plan, LocalDate announced) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", plan.title());
        model.put("municipalityName", plan.municipalityName());
        model.put("period", JapaneseCalendar.formatFiscalYearSpan(plan.startFiscalYear(), plan.endFiscalYear(),
                announced));
        model.put("summaryParagraphs", lines(nullToEmpty(plan.summary())));
        model.put("figures", plan.figures() == null ? List.of()
                : plan.figures().stream().map(caption -> Map.of("lines", lines(caption))).toList());
        model.put("measures", plan.measures() == null ? List.of()
                : plan.measures().stream().map(PressReleaseWriter::measureModel).toList());
        return model;
    }

    private static Map<String, Object> measureModel(PlanRevision.Measure measure) {
        return Map.of("number", measure.number(), "title", measure.title(), "items", items(measure));
    }

    /** 企業価値の向上(ISO認証、知的財産権取得等の助成)、産業交流展の実施によるマッチングの推進: the projects on one line. */
    static String items(PlanRevision.Measure measure) {
        if (measure.projects() == null) {
            return "";
        }
        return String.join("、", measure.projects().stream()
                .map(p -> p.description() == null || p.description().isBlank()
                        ? oneLine(p.name()) : oneLine(p.name()) + "(" + oneLine(p.description()) + ")")
                .toList());
    }

    /** The release's header writes the date as the Tokyo web site does: 2014年3月13日. */
    private static String gregorianDate(LocalDate date) {
        return String.format(Locale.ROOT, "%d年%d月%d日", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.strip().split("\\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The items of a measure are one line of the release: a line break inside one cannot start a line of its own. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
