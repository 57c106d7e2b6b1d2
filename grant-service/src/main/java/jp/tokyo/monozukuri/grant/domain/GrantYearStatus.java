package jp.tokyo.monozukuri.grant.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a fiscal year of a grant stands in the subsidy lifecycle (補助金適正化法, 東京都補助金等交付規則). The allowed
 * transitions and the states each step may be taken from are all declared here, and nowhere else.
 */
public enum GrantYearStatus {
    /** 予算未議決 — waiting for the budget resolutions of both assemblies. */
    SCHEDULED,
    /** 申請受付中 — both budgets passed; the municipality may apply. */
    OPEN,
    /** 交付申請済 — application received. */
    APPLIED,
    /** 交付決定済 — decided; advances (概算払) may be paid. */
    DECIDED,
    /** 変更承認済 — the decided amount was re-decided. */
    CHANGED,
    /** 実績報告済 — performance report received. */
    REPORTED,
    /** 額確定済 — amount confirmed, some of it still to be paid. */
    CONFIRMED,
    /** 返還待ち — advances exceed the confirmed amount until the refund is recorded. */
    REFUND_DUE,
    /** 精算済 — what was paid, net of refunds, equals the confirmed amount. */
    PAID,
    /** 完了 — closed; nothing more happens to this year. */
    CLOSED;

    private static final Map<GrantYearStatus, Set<GrantYearStatus>> NEXT = new EnumMap<>(GrantYearStatus.class);

    static {
        NEXT.put(SCHEDULED, EnumSet.of(OPEN));
        // back to waiting when a resolution it opened on is withdrawn as entered in error (no application yet)
        NEXT.put(OPEN, EnumSet.of(APPLIED, SCHEDULED));
        NEXT.put(APPLIED, EnumSet.of(DECIDED));
        NEXT.put(DECIDED, EnumSet.of(CHANGED, REPORTED));
        NEXT.put(CHANGED, EnumSet.of(CHANGED, REPORTED));
        // a confirmation settles at once when the advances already equal the confirmed amount
        NEXT.put(REPORTED, EnumSet.of(REPORTED, CONFIRMED, REFUND_DUE, PAID));
        NEXT.put(CONFIRMED, EnumSet.of(PAID));
        NEXT.put(REFUND_DUE, EnumSet.of(PAID));
        NEXT.put(PAID, EnumSet.of(CLOSED));
        NEXT.put(CLOSED, EnumSet.noneOf(GrantYearStatus.class));
    }

    public boolean canMoveTo(GrantYearStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** A step of the lifecycle and the states it may be taken from. */
    public enum Step {
        OPEN_FOR_APPLICATION(SCHEDULED),
        /** 交付申請 */
        FILE_APPLICATION(OPEN),
        /** 交付決定 */
        DECIDE(APPLIED),
        /** 変更承認 */
        CHANGE(DECIDED, CHANGED),
        /** 実績報告 */
        REPORT(DECIDED, CHANGED),
        /** 額の確定 */
        CONFIRM(REPORTED),
        /** Tokyo corrects a report entered in error, before the amount is confirmed on it. */
        CORRECT_REPORT(REPORTED),
        /** 概算払 before the confirmation, 精算払 after it. */
        PAY(DECIDED, CHANGED, REPORTED, CONFIRMED),
        /** 返還 */
        RECORD_REFUND(REFUND_DUE),
        CLOSE(PAID),
        RAISE_REPORT_OVERDUE(DECIDED, CHANGED);

        private final Set<GrantYearStatus> allowedFrom;

        Step(GrantYearStatus first, GrantYearStatus... rest) {
            this.allowedFrom = EnumSet.of(first, rest);
        }

        public boolean isAllowedFrom(GrantYearStatus status) {
            return allowedFrom.contains(status);
        }

        public Set<GrantYearStatus> allowedFrom() {
            return EnumSet.copyOf(allowedFrom);
        }
    }

    /** Before the amount is confirmed a payment is an advance (概算払). */
    boolean paysAdvances() {
        return this == DECIDED || this == CHANGED || this == REPORTED;
    }
}
