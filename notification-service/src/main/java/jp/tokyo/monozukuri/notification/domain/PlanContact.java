package jp.tokyo.monozukuri.notification.domain;

import java.util.Objects;

/**
 * 計画の担当者 — the contact a municipality gave in a plan's latest submitted revision. It may receive the notices of
 * that plan only (never another plan's, never the municipality's standing list), and only while
 * {@link RecipientPolicy} allows it.
 */
public record PlanContact(String planId, String municipalityCode, EmailAddress address, int revision) {

    public PlanContact {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        Objects.requireNonNull(address, "address");
    }
}
