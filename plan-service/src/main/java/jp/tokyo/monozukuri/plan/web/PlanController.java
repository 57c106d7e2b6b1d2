package jp.tokyo.monozukuri.plan.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.infrastructure.idempotency.Idempotent;
import jp.tokyo.monozukuri.infrastructure.security.Caller;
import jp.tokyo.monozukuri.infrastructure.web.PageResponse;
import jp.tokyo.monozukuri.infrastructure.web.Paging;
import jp.tokyo.monozukuri.plan.application.IfMatch;
import jp.tokyo.monozukuri.plan.application.PlanEvents;
import jp.tokyo.monozukuri.plan.application.PlanService;
import jp.tokyo.monozukuri.plan.application.PlanService.PlanPage;
import jp.tokyo.monozukuri.plan.application.PlanService.PlanQuery;
import jp.tokyo.monozukuri.plan.application.RevisionNotFound;
import jp.tokyo.monozukuri.plan.domain.Plan;
import jp.tokyo.monozukuri.plan.domain.PlanStatus;
import jp.tokyo.monozukuri.plan.domain.PlanSummary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 地域産業基盤強化計画 over HTTP. Every response carrying a plan carries its ETag; an edit must name the version
 * it changes in If-Match.
 */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final PlanService plans;
    private final PlanEvents events;

    PlanController(PlanService plans, PlanEvents events) {
        this.plans = plans;
        this.events = events;
    }

    @Idempotent
    @PostMapping
    ResponseEntity<PlanResponse> create(@RequestBody PlanRequest request, Caller caller) {
        Plan plan = plans.create(caller, request.municipalityCode(), request.toContent());
        // relative (RFC 9110): never built from the Host header a client sent
        URI location = URI.create("/api/plans/" + plan.id());
        return ResponseEntity.created(location)
                .eTag(IfMatch.etagOf(plan.version().orElseThrow()))
                .body(PlanResponse.of(plan, events::inTokyo));
    }

    @GetMapping
    PageResponse<PlanSummaryResponse> list(
            @RequestParam(required = false) String municipalityCode,
            @RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) Integer fiscalYear,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Caller caller) {
        Paging.requireCountable(page, size);
        PlanPage result = plans.list(caller, new PlanQuery(municipalityCode, status, fiscalYear, page, size));
        return new PageResponse<>(result.plans().stream().map(this::summary).toList(), result.page(), result.size(),
                result.totalElements(), result.totalPages());
    }

    @GetMapping("/{id}")
    ResponseEntity<PlanResponse> get(@PathVariable String id, Caller caller) {
        return withETag(plans.get(caller, id));
    }

    /** Replaces the whole plan; {@code If-Match} is required (428 without, 412 when stale). */
    @PutMapping("/{id}")
    ResponseEntity<PlanResponse> revise(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody PlanRequest request, Caller caller) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new IfMatchRequired(id);
        }
        return withETag(plans.revise(caller, id, Optional.of(IfMatch.parse(ifMatch)), request.municipalityCode(),
                request.toContent()));
    }

    /** 提出 — freezes the next revision; {@code If-Match} is optional here and checked when given. */
    @Idempotent
    @PostMapping("/{id}/submit")
    ResponseEntity<PlanResponse> submit(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        return withETag(plans.submit(caller, id, precondition(ifMatch)));
    }

    /**
     * 取下げ — before Tokyo's decision; the reason is optional. 200 with the plan WITHDRAWN for a draft; 202 with
     * {@code withdrawalRequested} for a submitted plan, whose withdrawal approval-service accepts or refuses; 409
     * {@code withdrawal-refused} for a plan already decided.
     */
    @PostMapping("/{id}/withdraw")
    ResponseEntity<PlanResponse> withdraw(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) WithdrawRequest request, Caller caller) {
        String reason = request == null ? null : request.reason();
        Plan plan = plans.withdraw(caller, id, precondition(ifMatch), reason);
        if (plan.status() == PlanStatus.WITHDRAWN) {
            return withETag(plan);
        }
        return ResponseEntity.accepted()
                .eTag(IfMatch.etagOf(plan.version().orElseThrow()))
                .body(PlanResponse.of(plan, events::inTokyo));
    }

    @GetMapping("/{id}/revisions")
    List<RevisionSummaryResponse> revisions(@PathVariable String id, Caller caller) {
        return plans.get(caller, id).revisions().stream()
                .map(r -> new RevisionSummaryResponse(r.number(), r.content().title(), events.inTokyo(r.submittedAt()),
                        r.submittedBy()))
                .toList();
    }

    /** A frozen revision, exactly as {@code plan.submitted} carried it to the other services. */
    @GetMapping("/{id}/revisions/{number}")
    PlanRevision revision(@PathVariable String id, @PathVariable int number, Caller caller) {
        Plan plan = plans.get(caller, id);
        return events.toContract(plan, plan.revision(number).orElseThrow(() -> new RevisionNotFound(id, number)));
    }

    private ResponseEntity<PlanResponse> withETag(Plan plan) {
        return ResponseEntity.ok()
                .eTag(IfMatch.etagOf(plan.version().orElseThrow()))
                .body(PlanResponse.of(plan, events::inTokyo));
    }

    private static Optional<IfMatch> precondition(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? Optional.empty() : Optional.of(IfMatch.parse(ifMatch));
    }

    private PlanSummaryResponse summary(PlanSummary d) {
        PlanSummary.SummaryContent c = d.content();
        return new PlanSummaryResponse(d.id(),
                Municipalities.byCode(d.municipalityCode()).map(MunicipalityResponse::of).orElse(null),
                c.title(), c.targetArea(), c.startFiscalYear(), c.endFiscalYear(),
                JapaneseCalendar.formatFiscalYearSpan(c.startFiscalYear(), c.endFiscalYear()), d.status(),
                d.latestRevision(), events.inTokyo(d.createdAt()), events.inTokyo(d.updatedAt()), d.version());
    }
}
