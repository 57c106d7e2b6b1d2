package jp.tokyo.monozukuri.approval.domain;

import java.time.LocalDate;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;

/** One approved plan in an approval round: the approved revision and its decision, copied when composed. */
public record RoundEntry(String reviewId, PlanRevision plan, DocumentNumber documentNumber, LocalDate decisionDate) {
}
