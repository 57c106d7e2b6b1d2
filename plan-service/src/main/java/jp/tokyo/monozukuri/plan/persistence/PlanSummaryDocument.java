package jp.tokyo.monozukuri.plan.persistence;

import java.time.Instant;
import jp.tokyo.monozukuri.plan.domain.PlanStatus;
import org.springframework.data.annotation.Id;

/** The few fields of a stored plan that a list shows; read without revisions, history or outbox. */
public record PlanSummaryDocument(
        @Id String id,
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
