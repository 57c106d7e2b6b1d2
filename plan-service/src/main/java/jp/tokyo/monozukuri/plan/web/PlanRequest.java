package jp.tokyo.monozukuri.plan.web;

import java.util.List;
import jp.tokyo.monozukuri.plan.domain.PlanContent;

/**
 * The body of {@code POST /api/plans} and {@code PUT /api/plans/{id}}: a whole plan. Checked by the domain's
 * rules, which name every offending field; the municipality is the caller's own when left out.
 */
public record PlanRequest(
        String municipalityCode,
        String title,
        String targetArea,
        Integer startFiscalYear,
        Integer endFiscalYear,
        String summary,
        List<PlanContent.Measure> measures,
        List<String> figures,
        PlanContent.Contact contact) {

    PlanContent toContent() {
        return new PlanContent(title, targetArea, startFiscalYear, endFiscalYear, summary, measures, figures, contact);
    }
}
