package jp.tokyo.monozukuri.contracts.plan;

import java.time.OffsetDateTime;

/** {@code plan.withdrawn}: the municipality withdrew its plan before a decision. */
public record PlanWithdrawn(String planId, int revision, String title, String reason, String withdrawnBy,
        OffsetDateTime withdrawnAt) {
}
