package jp.tokyo.monozukuri.infrastructure.audit;

import java.util.List;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import jp.tokyo.monozukuri.infrastructure.security.Caller;
import jp.tokyo.monozukuri.infrastructure.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit/plans/{planId}}: the events this service published and consumed about a plan, with their
 * times, outcomes and trace ids. Asked of all four services in turn, it shows where a plan's flow stopped. Tokyo
 * staff see every event; a municipality sees the events of its own municipality, and a 404 when there are none.
 */
@RestController
public class AuditController {

    private final EventAudit audit;
    private final String service;

    public AuditController(EventAudit audit, String service) {
        this.audit = audit;
        this.service = service;
    }

    /**
     * @param service the service that answers (its {@code spring.application.name})
     * @param planId  the plan asked about; an aggregate id of this service (a review, a grant) also finds its events
     */
    public record AuditTrail(String service, String planId, List<AuditedEvent> events) {
    }

    @GetMapping("/api/audit/plans/{planId}")
    public AuditTrail plan(@PathVariable String planId, Caller caller) {
        caller.requireAnyRole(Role.values());
        List<AuditedEvent> events = audit.about(planId).stream()
                .filter(event -> caller.isTokyoStaff() || caller.canSee(event.municipalityCode()))
                .toList();
        if (events.isEmpty() && !caller.isTokyoStaff()) {
            throw new ApiProblem.NotFound("plan", planId);
        }
        return new AuditTrail(service, planId, events);
    }
}
