package jp.tokyo.monozukuri.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;
import jp.tokyo.monozukuri.plan.domain.Decision;
import jp.tokyo.monozukuri.plan.domain.Plan;
import jp.tokyo.monozukuri.plan.domain.PlanContent;
import jp.tokyo.monozukuri.plan.domain.PlanStatus;
import jp.tokyo.monozukuri.plan.domain.ReturnNotice;
import jp.tokyo.monozukuri.plan.domain.StatusChange;

/**
 * A plan as the portals show it: the current content, where it stands, how it got there, and — once Tokyo
 * acted — the reasons for a return or the decision.
 *
 * @param period   the plan period as documents write it, e.g. 平成26~28年度
 * @param revision the latest submitted revision, 0 if never submitted
 * @param version  the concurrency version; the ETag is this number in quotes
 */
public record PlanResponse(
        String id,
        MunicipalityResponse municipality,
        String title,
        String targetArea,
        int startFiscalYear,
        int endFiscalYear,
        String period,
        String summary,
        List<MeasureView> measures,
        List<String> figures,
        PlanContent.Contact contact,
        PlanStatus status,
        int revision,
        List<StatusChangeView> statusHistory,
        ReturnView lastReturn,
        DecisionView decision,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy,
        long version,
        boolean withdrawalRequested,
        WithdrawalView pendingWithdrawal,
        WithdrawalRefusalView withdrawalRefusal) {

    static PlanResponse of(Plan plan, Function<Instant, OffsetDateTime> inTokyo) {
        PlanContent c = plan.content();
        return new PlanResponse(plan.id(), MunicipalityResponse.of(plan.municipality()), c.title(), c.targetArea(),
                c.startFiscalYear(), c.endFiscalYear(),
                JapaneseCalendar.formatFiscalYearSpan(c.startFiscalYear(), c.endFiscalYear()), c.summary(),
                MeasureView.numbered(c.measures()), c.figures(), c.contact(), plan.status(), plan.latestRevision(),
                plan.history().stream().map(h -> StatusChangeView.of(h, inTokyo)).toList(),
                plan.lastReturn().map(r -> ReturnView.of(r, inTokyo)).orElse(null),
                plan.decision().map(DecisionView::of).orElse(null),
                inTokyo.apply(plan.createdAt()), plan.createdBy(), inTokyo.apply(plan.updatedAt()), plan.updatedBy(),
                plan.version().orElseThrow(), plan.pendingWithdrawal().isPresent(),
                plan.pendingWithdrawal().map(w -> new WithdrawalView(w.revision(), w.reason(), w.withdrawnBy(),
                        inTokyo.apply(w.withdrawnAt()))).orElse(null),
                plan.withdrawalRefusal().map(r -> new WithdrawalRefusalView(r.revision(), r.refusal(),
                        r.documentNumber(), inTokyo.apply(r.refusedAt()))).orElse(null));
    }

    /** 施策 with its number (its position, counted from 1). */
    public record MeasureView(int number, String title, List<PlanContent.Project> projects) {

        static List<MeasureView> numbered(List<PlanContent.Measure> measures) {
            return IntStream.range(0, measures.size())
                    .mapToObj(i -> new MeasureView(i + 1, measures.get(i).title(), measures.get(i).projects()))
                    .toList();
        }
    }

    public record StatusChangeView(PlanStatus from, PlanStatus to, int revision, String by, OffsetDateTime at,
            String reason) {

        static StatusChangeView of(StatusChange h, Function<Instant, OffsetDateTime> inTokyo) {
            return new StatusChangeView(h.from(), h.to(), h.revision(), h.by(), inTokyo.apply(h.at()), h.reason());
        }
    }

    /** 差戻し: the reasons the municipality reads before it revises and resubmits. */
    public record ReturnView(int revision, List<String> reasons, String returnedBy, OffsetDateTime returnedAt) {

        static ReturnView of(ReturnNotice r, Function<Instant, OffsetDateTime> inTokyo) {
            return new ReturnView(r.revision(), r.reasons(), r.returnedBy(), inTokyo.apply(r.returnedAt()));
        }
    }

    /** 取下げの申出 awaiting approval-service's answer. */
    public record WithdrawalView(int revision, String reason, String requestedBy, OffsetDateTime requestedAt) {
    }

    /** A withdrawal Tokyo refused because its decision came first. */
    public record WithdrawalRefusalView(int revision, String refusal, String documentNumber,
            OffsetDateTime refusedAt) {
    }

    /** 承認 or 不承認, with the decision's document number and date. */
    public record DecisionView(boolean approved, int revision, String documentNumber,
            LocalDate decisionDate, List<String> reasons, String decidedBy) {

        static DecisionView of(Decision d) {
            return new DecisionView(d.approved(), d.revision(), d.documentNumber(), d.decisionDate(), d.reasons(),
                    d.decidedBy());
        }
    }
}
