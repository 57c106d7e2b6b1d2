package jp.tokyo.monozukuri.plan.web;

import java.time.OffsetDateTime;

/** One submitted revision in the list of a plan's revisions; its full text is at {@code revisions/{number}}. */
public record RevisionSummaryResponse(int number, String title, OffsetDateTime submittedAt, String submittedBy) {
}
