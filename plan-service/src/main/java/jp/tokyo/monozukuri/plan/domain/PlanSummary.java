package jp.tokyo.monozukuri.plan.domain;

import java.time.Instant;

/**
 * The few fields of a plan that a list shows, read from the store without revisions, history or outbox (the store
 * maps its {@code _id} to {@code id}).
 */
public record PlanSummary(
        String id,
        String municipalityCode,
        SummaryContent content,
        PlanStatus status,
        int latestRevision,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public record SummaryContent(String title, String targetArea, Integer startFiscalYear, Integer endFiscalYear) {
    }
}
