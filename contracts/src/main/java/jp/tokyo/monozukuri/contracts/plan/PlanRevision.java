package jp.tokyo.monozukuri.contracts.plan;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A frozen, immutable revision of a 地域産業基盤強化計画 (regional industrial base strengthening plan), complete
 * enough that no other service ever has to call plan-service.
 */
public record PlanRevision(
        String planId,
        int revision,
        String municipalityCode,
        String municipalityName,
        String title,
        String targetArea,
        int startFiscalYear,
        int endFiscalYear,
        String summary,
        List<Measure> measures,
        List<String> figures,
        Contact contact,
        OffsetDateTime submittedAt,
        String submittedBy) {

    /** 施策 — a numbered measure of the plan, with its projects in order. */
    public record Measure(int number, String title, List<Project> projects) {
    }

    /** 事業 — a project of a measure, optionally with planned costs per fiscal year. */
    public record Project(String name, String description, List<PlannedCost> plannedCosts) {
    }

    /** Planned cost of a project in one fiscal year, in integer yen. */
    public record PlannedCost(int fiscalYear, long amountYen) {
    }

    /** The municipality's contact for the plan. */
    public record Contact(String department, String person, String email, String phone) {
    }
}
