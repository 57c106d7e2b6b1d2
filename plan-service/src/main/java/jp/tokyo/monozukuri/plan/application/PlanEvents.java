package jp.tokyo.monozukuri.plan.application;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.contracts.plan.PlanWithdrawalRequested;
import jp.tokyo.monozukuri.infrastructure.events.TraceContext;
import jp.tokyo.monozukuri.plan.domain.Plan;
import jp.tokyo.monozukuri.plan.domain.PlanContent;
import jp.tokyo.monozukuri.plan.domain.SubmittedRevision;
import jp.tokyo.monozukuri.plan.domain.Withdrawal;
import org.springframework.stereotype.Component;

/** The events plan-service publishes, in the shapes of {@code contracts}. */
@Component
public class PlanEvents {

    public static final String PRODUCER = "plan-service";

    private final Clock clock;

    public PlanEvents(Clock clock) {
        this.clock = clock;
    }

    /** {@code plan.submitted}: the complete frozen revision, contact included. */
    public EventEnvelope<PlanSubmitted> submitted(Plan plan, SubmittedRevision revision) {
        return envelope(EventTypes.PLAN_SUBMITTED, plan, revision.submittedAt(),
                new PlanSubmitted(toContract(plan, revision), plan.authors()));
    }

    /** {@code plan.withdrawal-requested}: approval-service accepts or refuses it. */
    public EventEnvelope<PlanWithdrawalRequested> withdrawalRequested(Plan plan, Withdrawal withdrawal) {
        String title = plan.revision(withdrawal.revision()).orElseThrow().content().title();
        return envelope(EventTypes.PLAN_WITHDRAWAL_REQUESTED, plan, withdrawal.withdrawnAt(),
                new PlanWithdrawalRequested(plan.id(), withdrawal.revision(), title, withdrawal.reason(),
                        withdrawal.withdrawnBy(), inTokyo(withdrawal.withdrawnAt())));
    }

    /** A submitted revision as every other service sees it; measures are numbered from 1 in their order. */
    public PlanRevision toContract(Plan plan, SubmittedRevision revision) {
        PlanContent c = revision.content();
        List<PlanRevision.Measure> measures = IntStream.range(0, c.measures().size())
                .mapToObj(i -> new PlanRevision.Measure(i + 1, c.measures().get(i).title(),
                        c.measures().get(i).projects().stream()
                                .map(p -> new PlanRevision.Project(p.name(), p.description(), p.plannedCosts().stream()
                                        .map(cost -> new PlanRevision.PlannedCost(cost.fiscalYear(), cost.amountYen()))
                                        .toList()))
                                .toList()))
                .toList();
        PlanContent.Contact k = c.contact();
        return new PlanRevision(plan.id(), revision.number(), plan.municipality().code(), plan.municipality().name(),
                c.title(), c.targetArea(), c.startFiscalYear(), c.endFiscalYear(), c.summary(), measures,
                c.figures(), new PlanRevision.Contact(k.department(), k.person(), k.email(), k.phone()),
                inTokyo(revision.submittedAt()), revision.submittedBy());
    }

    public OffsetDateTime inTokyo(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, clock.getZone());
    }

    /** The correlation id is the trace of the request that caused the event, so its log lines can be found. */
    private <P> EventEnvelope<P> envelope(String type, Plan plan, Instant at, P payload) {
        String correlationId = TraceContext.traceIdOf(TraceContext.current()).orElse(null);
        return EventEnvelope.create(type, inTokyo(at), PRODUCER, plan.id(), plan.municipality().code(), correlationId,
                payload);
    }
}
