package jp.tokyo.monozukuri.plan.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a 地域産業基盤強化計画. Every allowed transition is in {@link #ALLOWED}; nothing else moves a plan.
 *
 * <p>Decisions are also allowed straight from {@link #SUBMITTED}: approval events of one review arrive in order,
 * but a decision must never be stuck behind a {@code review.started} that was lost or delayed, and the
 * {@linkplain #stage() stage} keeps the late {@code review.started} from moving the plan back.
 */
public enum PlanStatus {

    /** 作成中 — being written by the municipality; editable. */
    DRAFT(0),
    /** 提出済 — a frozen revision awaits review. */
    SUBMITTED(1),
    /** 審査中 — Tokyo is reviewing the submitted revision. */
    UNDER_REVIEW(2),
    /** 差戻し — sent back with reasons; editable and resubmittable. */
    RETURNED(3),
    /** 承認 — approved; final. */
    APPROVED(3),
    /** 不承認 — not approved; final. */
    REJECTED(3),
    /** 取下げ — withdrawn by the municipality before a decision; final. */
    WITHDRAWN(4);

    private static final Map<PlanStatus, Set<PlanStatus>> ALLOWED = new EnumMap<>(PlanStatus.class);

    static {
        ALLOWED.put(DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN));
        ALLOWED.put(SUBMITTED, EnumSet.of(UNDER_REVIEW, RETURNED, APPROVED, REJECTED, WITHDRAWN));
        ALLOWED.put(UNDER_REVIEW, EnumSet.of(RETURNED, APPROVED, REJECTED, WITHDRAWN));
        ALLOWED.put(RETURNED, EnumSet.of(SUBMITTED, WITHDRAWN));
        ALLOWED.put(APPROVED, EnumSet.noneOf(PlanStatus.class));
        ALLOWED.put(REJECTED, EnumSet.noneOf(PlanStatus.class));
        ALLOWED.put(WITHDRAWN, EnumSet.noneOf(PlanStatus.class));
    }

    private final int stage;

    PlanStatus(int stage) {
        this.stage = stage;
    }

    public boolean canBecome(PlanStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** Only the municipality's own working states can be edited. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /**
     * A plan in one of these states occupies its fiscal years: a municipality has at most one such plan for
     * any fiscal year.
     */
    public boolean occupiesPeriod() {
        return this == SUBMITTED || this == UNDER_REVIEW || this == APPROVED;
    }

    /**
     * How far one submitted revision has got: an approval event whose target stage is not beyond the plan's
     * current stage for the same revision arrived out of order and must not move the plan.
     */
    int stage() {
        return stage;
    }
}
