package jp.tokyo.monozukuri.plan.domain;

import java.time.Instant;

/**
 * 提出版 — the immutable snapshot a submission freezes. Revisions are numbered 1, 2, … per plan; what Tokyo
 * reviews, returns or approves is always one of them, never the editable plan.
 */
public record SubmittedRevision(int number, PlanContent content, Instant submittedAt, String submittedBy) {
}
