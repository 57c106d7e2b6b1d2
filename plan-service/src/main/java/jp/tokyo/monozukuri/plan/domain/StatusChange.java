package jp.tokyo.monozukuri.plan.domain;

import java.time.Instant;

/**
 * One entry of a plan's status history: who moved it, when, from where to where, for which revision, and why.
 *
 * @param from     null for the entry that created the plan
 * @param revision the revision the change concerns (0 before the first submission)
 * @param reason   the municipality's or Tokyo's reason, where one was given
 */
public record StatusChange(PlanStatus from, PlanStatus to, int revision, String by, Instant at, String reason) {
}
