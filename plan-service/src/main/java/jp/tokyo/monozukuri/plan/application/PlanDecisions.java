package jp.tokyo.monozukuri.plan.application;

import java.util.List;
import jp.tokyo.monozukuri.plan.domain.ApprovalEvent;
import jp.tokyo.monozukuri.plan.domain.ApprovalEventOutcome;
import jp.tokyo.monozukuri.plan.domain.Plan;
import jp.tokyo.monozukuri.plan.persistence.PlanStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Applies Tokyo's review steps and decisions (from approval-service's events) to plans. Idempotent: the plan
 * remembers the events it applied and is saved only if unchanged since it was loaded, so a redelivery or a
 * concurrent duplicate never applies twice.
 */
@Service
public class PlanDecisions {

    private static final Logger log = LoggerFactory.getLogger(PlanDecisions.class);

    private final PlanStore store;

    public PlanDecisions(PlanStore store) {
        this.store = store;
    }

    /**
     * @throws PlanNotFound when no such plan exists
     * @throws jp.tokyo.monozukuri.plan.domain.UnknownRevisionException when the plan never submitted the revision
     */
    public ApprovalEventOutcome apply(String planId, ApprovalEvent event) {
        Plan plan = store.find(planId).orElseThrow(() -> new PlanNotFound(planId));
        ApprovalEventOutcome outcome = plan.apply(event);
        switch (outcome) {
            case APPLIED -> {
                store.update(plan, List.of());
                log.info("plan {} is {} after {} of revision {}", planId, plan.status(),
                        event.getClass().getSimpleName(), event.revision());
            }
            case DUPLICATE -> log.info("plan {}: event {} was applied before; nothing to do", planId, event.eventId());
            case OLDER_REVISION -> log.info("plan {}: ignoring {} for revision {}, the plan is at revision {}",
                    planId, event.getClass().getSimpleName(), event.revision(), plan.latestRevision());
            case SUPERSEDED -> log.warn("plan {}: ignoring {} for revision {}, the plan is already {}", planId,
                    event.getClass().getSimpleName(), event.revision(), plan.status());
        }
        return outcome;
    }
}
