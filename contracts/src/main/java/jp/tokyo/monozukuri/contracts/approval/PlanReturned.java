package jp.tokyo.monozukuri.contracts.approval;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code plan.returned}: 差戻し — the plan goes back to the municipality with reasons it reads. */
public record PlanReturned(String reviewId, String planId, int revision, String planTitle, List<String> reasons,
        String returnedBy, OffsetDateTime returnedAt) {
}
