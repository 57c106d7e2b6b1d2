package jp.tokyo.monozukuri.contracts.plan;

import java.util.List;

/**
 * {@code plan.submitted}: a municipality submitted a plan; the payload is the frozen revision.
 *
 * @param authors everyone who wrote the plan (its creator, its last editor, every submitter): Tokyo staff never
 *                act on a review of a plan they wrote. Added in version 1 (a missing list means none is known).
 */
public record PlanSubmitted(PlanRevision plan, List<String> authors) {

    public PlanSubmitted {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public PlanSubmitted(PlanRevision plan) {
        this(plan, List.of());
    }
}
