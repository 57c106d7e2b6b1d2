package jp.tokyo.monozukuri.plan.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a municipality writes in its 地域産業基盤強化計画: the editable part of a plan, and what a submission
 * freezes. Values arrive unchecked from requests (hence boxed numbers and nullable fields) and are checked
 * as a whole by {@link PlanValidator}, so that every offending field is reported at once.
 *
 * @param targetArea 対象地域, optional, e.g. 大崎駅周辺地域
 * @param summary    background and aim of the plan
 * @param measures   施策, in their numbered order
 * @param figures    captions of the plan's images, e.g. 「品川産業支援交流施設」フロアイメージ図
 */
public record PlanContent(
        String title,
        String targetArea,
        Integer startFiscalYear,
        Integer endFiscalYear,
        String summary,
        List<Measure> measures,
        List<String> figures,
        Contact contact) {

    public PlanContent {
        measures = copyOrNull(measures);
        figures = figures == null ? List.of() : copyOrNull(figures);
    }

    /** 施策 — a measure of the plan with its projects in order; its number is its position, counted from 1. */
    public record Measure(String title, List<Project> projects) {

        public Measure {
            projects = copyOrNull(projects);
        }
    }

    /** 事業 — a project of a measure, optionally with its planned cost per fiscal year. */
    public record Project(String name, String description, List<PlannedCost> plannedCosts) {

        public Project {
            plannedCosts = plannedCosts == null ? List.of() : copyOrNull(plannedCosts);
        }
    }

    /** Planned cost of a project in one fiscal year of the plan period, in integer yen. */
    public record PlannedCost(Integer fiscalYear, Long amountYen) {
    }

    /** The municipality's contact for this plan: 担当部署, 担当者, e-mail, phone. */
    public record Contact(String department, String person, String email, String phone) {
    }

    /** Unmodifiable, but keeps null elements so that the validator can name them. */
    private static <T> List<T> copyOrNull(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
