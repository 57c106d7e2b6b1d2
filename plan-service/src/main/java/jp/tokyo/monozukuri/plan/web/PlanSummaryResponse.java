package jp.tokyo.monozukuri.plan.web;

import java.time.OffsetDateTime;
import jp.tokyo.monozukuri.plan.domain.PlanStatus;

/** One line of a plan list. */
public record PlanSummaryResponse(
        String id,
        MunicipalityResponse municipality,
        String title,
        String targetArea,
        Integer startFiscalYear,
        Integer endFiscalYear,
        String period,
        PlanStatus status,
        int revision,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {
}
