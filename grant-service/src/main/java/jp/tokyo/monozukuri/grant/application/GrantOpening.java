package jp.tokyo.monozukuri.grant.application;

import java.time.Clock;
import java.time.LocalDate;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.approval.PlanApproved;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.grant.domain.ApprovedPlan;
import jp.tokyo.monozukuri.grant.domain.Grant;
import jp.tokyo.monozukuri.grant.domain.InvalidPlanPeriodException;
import jp.tokyo.monozukuri.grant.persistence.BudgetResolutionStore;
import jp.tokyo.monozukuri.grant.persistence.GrantStore;
import jp.tokyo.monozukuri.infrastructure.events.MalformedEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Opens the grant of an approved plan ({@code plan.approved}), once: the grant's id is derived from the plan, so a
 * redelivered approval finds the grant there and opens nothing new.
 */
@Service
public class GrantOpening {

    private static final Logger log = LoggerFactory.getLogger(GrantOpening.class);

    private final GrantStore grants;
    private final BudgetResolutionStore budgets;
    private final GrantEventOutbox outbox;
    private final GrantProperties properties;
    private final Clock clock;

    public GrantOpening(GrantStore grants, BudgetResolutionStore budgets, GrantEventOutbox outbox,
            GrantProperties properties, Clock clock) {
        this.grants = grants;
        this.budgets = budgets;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return whether the grant was opened now (false: it was opened before) */
    public boolean planApproved(EventEnvelope<PlanApproved> event) {
        ApprovedPlan plan = approvedPlanOf(event);
        Grant grant;
        try {
            grant = Grant.open(plan, properties.program().toParameters(),
                    fiscalYear -> budgets.budgetOf(fiscalYear, plan.municipalityCode()), LocalDate.now(clock));
        } catch (InvalidPlanPeriodException e) {
            throw new MalformedEventException("plan.approved " + event.eventId() + ": " + e.getMessage(), e);
        }
        boolean opened = grants.insert(grant, event.correlationId(), outbox.entriesOf(grant, event.correlationId()));
        if (opened) {
            log.info("opened grant {} for plan {} of {}", grant.id(), plan.planId(), plan.municipalityName());
        } else {
            log.info("plan {} already has grant {}; approval {} changes nothing", plan.planId(), grant.id(),
                    event.eventId());
        }
        return opened;
    }

    private static ApprovedPlan approvedPlanOf(EventEnvelope<PlanApproved> event) {
        PlanApproved approved = event.payload();
        String code = event.municipalityCode() != null ? event.municipalityCode()
                : approved.plan() == null ? null : approved.plan().municipalityCode();
        Municipality municipality = Municipalities.byCode(code).orElseThrow(() -> new MalformedEventException(
                "plan.approved " + event.eventId() + " names no Tokyo municipality (" + code + ")"));
        if (approved.planId() == null || approved.planTitle() == null || approved.decisionDate() == null) {
            throw new MalformedEventException("plan.approved " + event.eventId()
                    + " lacks the plan id, title or decision date");
        }
        String name = approved.municipalityName() != null ? approved.municipalityName() : municipality.name();
        return new ApprovedPlan(approved.planId(), approved.revision(), municipality.code(), name,
                approved.planTitle(), approved.documentNumber(), approved.decisionDate(), approved.startFiscalYear(),
                approved.endFiscalYear());
    }
}
