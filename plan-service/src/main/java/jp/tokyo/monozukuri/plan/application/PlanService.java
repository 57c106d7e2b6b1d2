package jp.tokyo.monozukuri.plan.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.infrastructure.security.Caller;
import jp.tokyo.monozukuri.plan.domain.FieldViolation;
import jp.tokyo.monozukuri.plan.domain.InvalidPlanException;
import jp.tokyo.monozukuri.plan.domain.Plan;
import jp.tokyo.monozukuri.plan.domain.PlanContent;
import jp.tokyo.monozukuri.plan.domain.PlanStatus;
import jp.tokyo.monozukuri.plan.domain.PlanValidator;
import jp.tokyo.monozukuri.plan.domain.SubmittedRevision;
import jp.tokyo.monozukuri.plan.persistence.PlanCriteria;
import jp.tokyo.monozukuri.plan.persistence.PlanStore;
import jp.tokyo.monozukuri.plan.domain.PlanSummary;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * What municipalities and Tokyo staff do with plans. Each use case loads the plan, lets the domain decide,
 * and saves state and events in one write. Rights are decided here, so that every way in obeys them: a
 * municipality writes and reads only its own plans (another's is "not found"), Tokyo staff read all and
 * write none.
 */
@Service
public class PlanService {

    private final PlanStore store;
    private final PlanValidator validator;
    private final PlanEvents events;
    private final Clock clock;

    public PlanService(PlanStore store, PlanValidator validator, PlanEvents events, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** A new draft; the municipality is the caller's own unless it names it explicitly (and then the same). */
    public Plan create(Caller caller, String municipalityCode, PlanContent content) {
        requireNotTokyoStaff(caller);
        String code = municipalityCode != null ? municipalityCode : caller.municipalityCode();
        if (!caller.actsFor(code)) {
            throw new NotOwnMunicipality(code);
        }
        Plan plan = Plan.draft(UUID.randomUUID().toString(), code, content, validator, caller.subject(), now());
        return store.insert(plan, List.of());
    }

    public Plan get(Caller caller, String id) {
        Plan plan = store.find(id).orElseThrow(() -> new PlanNotFound(id));
        caller.requireVisible(plan.municipality().code(), () -> new PlanNotFound(id));
        return plan;
    }

    public PlanPage list(Caller caller, PlanQuery query) {
        String scope = caller.listScope(query.municipalityCode()).orElse(null);
        PlanCriteria criteria = new PlanCriteria(scope, query.status(), query.fiscalYear());
        List<PlanSummary> plans = store.list(criteria, query.page(), query.size());
        return new PlanPage(plans, query.page(), query.size(), store.count(criteria));
    }

    /** Replaces the content of a DRAFT or RETURNED plan; the municipality of a plan never changes. */
    public Plan revise(Caller caller, String id, Optional<IfMatch> precondition, String municipalityCode,
            PlanContent content) {
        Plan plan = loadForChange(caller, id, precondition);
        if (municipalityCode != null && !municipalityCode.equals(plan.municipality().code())) {
            throw new InvalidPlanException(List.of(new FieldViolation("municipalityCode",
                    "cannot change: the plan belongs to " + plan.municipality().code())));
        }
        plan.revise(content, validator, caller.subject(), now());
        return save(plan, List.of(), precondition);
    }

    public Plan submit(Caller caller, String id, Optional<IfMatch> precondition) {
        Plan plan = loadForChange(caller, id, precondition);
        SubmittedRevision revision = plan.submit(validator, caller.subject(), now());
        return save(plan, List.of(events.submitted(plan, revision)), precondition);
    }

    /**
     * 取下げ: a draft is WITHDRAWN at once; a submitted plan gets a pending withdrawal that approval-service accepts
     * or refuses (asking again while it is pending changes nothing); a decided plan is refused at once.
     */
    public Plan withdraw(Caller caller, String id, Optional<IfMatch> precondition, String reason) {
        Plan plan = loadForChange(caller, id, precondition);
        boolean alreadyPending = plan.pendingWithdrawal().isPresent();
        List<EventEnvelope<?>> caused = plan.withdraw(reason, validator, caller.subject(), now())
                .<EventEnvelope<?>>map(withdrawal -> events.withdrawalRequested(plan, withdrawal))
                .stream().toList();
        if (alreadyPending) {
            return plan;
        }
        return save(plan, caused, precondition);
    }

    private Plan loadForChange(Caller caller, String id, Optional<IfMatch> precondition) {
        requireNotTokyoStaff(caller);
        Plan plan = get(caller, id);
        if (!caller.actsFor(plan.municipality().code())) {
            throw new NotOwnMunicipality(plan.municipality().code());
        }
        long current = plan.version().orElseThrow();
        if (precondition.isPresent() && !precondition.get().matches(current)) {
            throw new StalePlanVersion(id, current);
        }
        return plan;
    }

    /**
     * Whoever writes a plan is the municipality, never also Tokyo staff: a token carrying both would let one person
     * write a plan and then review it.
     */
    private static void requireNotTokyoStaff(Caller caller) {
        if (caller.isTokyoStaff()) {
            throw new Caller.Forbidden();
        }
    }

    /**
     * A plan changed between loading and saving: the version the caller's If-Match named is gone (412);
     * without an If-Match, a plain concurrent modification (409).
     */
    private Plan save(Plan plan, List<EventEnvelope<?>> caused, Optional<IfMatch> precondition) {
        try {
            return store.update(plan, caused);
        } catch (OptimisticLockingFailureException e) {
            if (precondition.isPresent()) {
                throw new StalePlanVersion(plan.id(), plan.version().orElseThrow());
            }
            throw e;
        }
    }

    /** Stored times keep milliseconds, so what an event says equals what is read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Filters and page of a plan list.
     *
     * @param page 0-based
     */
    public record PlanQuery(String municipalityCode, PlanStatus status, Integer fiscalYear, int page, int size) {
    }

    public record PlanPage(List<PlanSummary> plans, int page, int size, long totalElements) {

        public int totalPages() {
            return (int) ((totalElements + size - 1) / size);
        }
    }
}
