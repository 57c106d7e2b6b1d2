package jp.tokyo.monozukuri.notification.domain;

import java.util.Arrays;
import java.util.Optional;
import jp.tokyo.monozukuri.contracts.EventTypes;

/**
 * Every kind of formal notice, the event it answers and the template file it is written from
 * ({@code templates/notices/<template>.txt}).
 */
public enum NoticeKind {

    /** 受付 — the plan was received. */
    PLAN_RECEIVED(EventTypes.PLAN_SUBMITTED, "plan-received"),
    /** 取下げ — the withdrawal of a plan was accepted. */
    PLAN_WITHDRAWN(EventTypes.PLAN_WITHDRAWN, "plan-withdrawn"),
    /** 取下げ受理 — Tokyo accepted the withdrawal of a submitted plan: nothing will be decided. */
    WITHDRAWAL_ACCEPTED(EventTypes.APPROVAL_WITHDRAWAL_ACCEPTED, "withdrawal-accepted"),
    /** 取下げ不受理 — the withdrawal came after Tokyo's decision, which stands. */
    WITHDRAWAL_REFUSED(EventTypes.APPROVAL_WITHDRAWAL_REFUSED, "withdrawal-refused"),
    /** 審査開始 — Tokyo started reviewing the plan. */
    REVIEW_STARTED(EventTypes.REVIEW_STARTED, "review-started"),
    /** 差戻し — the plan goes back with reasons. */
    PLAN_RETURNED(EventTypes.PLAN_RETURNED, "plan-returned"),
    /** 承認通知 — the plan was approved. */
    PLAN_APPROVED(EventTypes.PLAN_APPROVED, "plan-approved"),
    /** 不承認通知 — the plan was not approved. */
    PLAN_REJECTED(EventTypes.PLAN_REJECTED, "plan-rejected"),
    /** 報道発表のお知らせ — the approval was announced to the public; not sent before the announcement date. */
    APPROVAL_ANNOUNCED(EventTypes.APPROVAL_ROUND_PUBLISHED, "approval-announced", true),
    /** 助成開始 — the three-year grant of an approved plan was opened. */
    GRANT_OPENED(EventTypes.GRANT_OPENED, "grant-opened"),
    /** 交付申請受付開始 — both budgets of a fiscal year are resolved; the year is open for application. */
    GRANT_YEAR_OPENED(EventTypes.GRANT_YEAR_OPENED, "grant-year-opened"),
    /** 交付決定通知 — grant decision. */
    GRANT_DECIDED(EventTypes.GRANT_DECIDED, "grant-decided"),
    /** 変更承認通知 — a change of the decided grant was approved. */
    GRANT_CHANGED(EventTypes.GRANT_CHANGED, "grant-changed"),
    /** 額の確定通知 — amount confirmation. */
    GRANT_CONFIRMED(EventTypes.GRANT_CONFIRMED, "grant-confirmed"),
    /** 支払通知 — a payment was made. */
    GRANT_PAID(EventTypes.GRANT_PAID, "grant-paid"),
    /** 返還請求 — advances above the confirmed amount must be repaid. */
    GRANT_REFUND_DUE(EventTypes.GRANT_REFUND_DUE, "grant-refund-due"),
    /** 督促 — the performance report is overdue. */
    GRANT_REPORT_OVERDUE(EventTypes.GRANT_REPORT_OVERDUE, "grant-report-overdue");

    private final String eventType;
    private final String template;
    private final boolean embargoed;

    NoticeKind(String eventType, String template) {
        this(eventType, template, false);
    }

    NoticeKind(String eventType, String template, boolean embargoed) {
        this.eventType = eventType;
        this.template = template;
        this.embargoed = embargoed;
    }

    /** True for a notice that must not arrive before the date its letter bears (the announcement's embargo). */
    public boolean embargoed() {
        return embargoed;
    }

    public String eventType() {
        return eventType;
    }

    public String template() {
        return template;
    }

    public static Optional<NoticeKind> forEventType(String eventType) {
        return Arrays.stream(values()).filter(k -> k.eventType.equals(eventType)).findFirst();
    }
}
