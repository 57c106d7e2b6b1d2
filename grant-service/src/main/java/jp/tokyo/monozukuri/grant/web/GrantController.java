package jp.tokyo.monozukuri.grant.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import jp.tokyo.monozukuri.grant.application.GrantQueries;
import jp.tokyo.monozukuri.grant.application.GrantQueries.BudgetExecution;
import jp.tokyo.monozukuri.grant.application.GrantQueries.GrantPage;
import jp.tokyo.monozukuri.grant.application.GrantYearSteps;
import jp.tokyo.monozukuri.grant.domain.ChangeTerms;
import jp.tokyo.monozukuri.grant.domain.DecisionTerms;
import jp.tokyo.monozukuri.grant.domain.GrantApplication;
import jp.tokyo.monozukuri.grant.domain.GrantYearStatus;
import jp.tokyo.monozukuri.grant.domain.PerformanceReport;
import jp.tokyo.monozukuri.grant.domain.Refund;
import jp.tokyo.monozukuri.grant.web.GrantRequests.ApplicationRequest;
import jp.tokyo.monozukuri.grant.web.GrantRequests.ChangeRequest;
import jp.tokyo.monozukuri.grant.web.GrantRequests.ConfirmationRequest;
import jp.tokyo.monozukuri.grant.web.GrantRequests.DecisionRequest;
import jp.tokyo.monozukuri.grant.web.GrantRequests.PaymentRequest;
import jp.tokyo.monozukuri.grant.web.GrantRequests.ProjectCostRequest;
import jp.tokyo.monozukuri.grant.web.GrantRequests.RefundRequest;
import jp.tokyo.monozukuri.grant.web.GrantRequests.ReportCorrectionRequest;
import jp.tokyo.monozukuri.grant.web.GrantRequests.ReportRequest;
import jp.tokyo.monozukuri.infrastructure.idempotency.Idempotent;
import jp.tokyo.monozukuri.infrastructure.security.Caller;
import jp.tokyo.monozukuri.infrastructure.web.PageResponse;
import jp.tokyo.monozukuri.infrastructure.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grants and the steps of their fiscal years. A municipality reads its own grants and files their application and
 * report; Tokyo's approvers and admins take the other steps; reviewers read everything. A step out of order is a
 * 409 naming the year's current state.
 */
@RestController
@RequestMapping("/api/grants")
class GrantController {

    private final GrantQueries queries;
    private final GrantYearSteps steps;
    private final Clock clock;

    GrantController(GrantQueries queries, GrantYearSteps steps, Clock clock) {
        this.queries = queries;
        this.steps = steps;
        this.clock = clock;
    }

    @GetMapping
    PageResponse<GrantResponse> list(@RequestParam(required = false) String municipalityCode,
            @RequestParam(required = false) @Min(2012) @Max(2100) Integer fiscalYear,
            @RequestParam(required = false) GrantYearStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Caller caller) {
        Paging.requireCountable(page, size);
        GrantPage found = queries.page(municipalityCode, fiscalYear, status, page, size, caller);
        return PageResponse.of(found.grants().stream().map(GrantResponse::of).toList(), page, size,
                found.total());
    }

    /** 予算執行状況: per municipality, decided, confirmed, paid and outstanding amounts of a fiscal year. */
    @GetMapping("/summary")
    BudgetExecution summary(@RequestParam @Min(2012) @Max(2100) int fiscalYear, Caller caller) {
        return queries.summary(fiscalYear, caller);
    }

    @GetMapping("/{id}")
    GrantResponse get(@PathVariable String id, Caller caller) {
        return GrantResponse.of(queries.grant(id, caller));
    }

    @Idempotent
    @PostMapping("/{id}/years/{fiscalYear}/application")
    GrantResponse fileApplication(@PathVariable String id, @PathVariable int fiscalYear,
            @Valid @RequestBody ApplicationRequest request, Caller caller) {
        GrantApplication application = new GrantApplication(dateOr(request.applicationDate()),
                request.eligibleCostYen(), request.requestedAmountYen(),
                ProjectCostRequest.toProjectCosts(request.breakdown()), caller.subject());
        return GrantResponse.of(steps.fileApplication(id, fiscalYear, application, caller));
    }

    @Idempotent
    @PostMapping("/{id}/years/{fiscalYear}/decision")
    GrantResponse decide(@PathVariable String id, @PathVariable int fiscalYear,
            @Valid @RequestBody DecisionRequest request, Caller caller) {
        DecisionTerms terms = new DecisionTerms(dateOr(request.decisionDate()), request.amountYen(),
                request.conditions(), request.reportDueDate(), caller.subject());
        return GrantResponse.of(steps.decide(id, fiscalYear, terms, caller));
    }

    @Idempotent
    @PostMapping("/{id}/years/{fiscalYear}/change")
    GrantResponse change(@PathVariable String id, @PathVariable int fiscalYear,
            @Valid @RequestBody ChangeRequest request, Caller caller) {
        ChangeTerms terms = new ChangeTerms(dateOr(request.changeDate()), request.eligibleCostYen(),
                request.requestedAmountYen(), request.amountYen(), request.reason(), caller.subject());
        return GrantResponse.of(steps.change(id, fiscalYear, terms, caller));
    }

    @Idempotent
    @PostMapping("/{id}/years/{fiscalYear}/report")
    GrantResponse report(@PathVariable String id, @PathVariable int fiscalYear,
            @Valid @RequestBody ReportRequest request, Caller caller) {
        PerformanceReport report = new PerformanceReport(dateOr(request.reportDate()), request.actualCostYen(),
                request.eligibleActualCostYen(), request.otherRevenueYen(),
                ProjectCostRequest.toProjectCosts(request.breakdown()), caller.subject());
        return GrantResponse.of(steps.report(id, fiscalYear, report, caller));
    }

    /** 実績報告の訂正 by Tokyo's administrators; the correction (who, when, why, before/after) stays on the year. */
    @Idempotent
    @PostMapping("/{id}/years/{fiscalYear}/report/correction")
    GrantResponse correctReport(@PathVariable String id, @PathVariable int fiscalYear,
            @Valid @RequestBody ReportCorrectionRequest request, Caller caller) {
        PerformanceReport corrected = new PerformanceReport(request.reportDate(), request.actualCostYen(),
                request.eligibleActualCostYen(), request.otherRevenueYen(),
                ProjectCostRequest.toProjectCosts(request.breakdown()), caller.subject());
        return GrantResponse.of(steps.correctReport(id, fiscalYear, corrected, request.reason(), caller));
    }

    @Idempotent
    @PostMapping("/{id}/years/{fiscalYear}/confirmation")
    GrantResponse confirm(@PathVariable String id, @PathVariable int fiscalYear,
            @Valid @RequestBody(required = false) ConfirmationRequest request, Caller caller) {
        LocalDate date = dateOr(request == null ? null : request.confirmationDate());
        return GrantResponse.of(steps.confirm(id, fiscalYear, date, caller));
    }

    @Idempotent(requireKey = true)
    @PostMapping("/{id}/years/{fiscalYear}/payments")
    GrantResponse pay(@PathVariable String id, @PathVariable int fiscalYear,
            @Valid @RequestBody PaymentRequest request, @RequestHeader(Idempotent.HEADER) String idempotencyKey,
            Caller caller) {
        return GrantResponse.of(steps.pay(id, fiscalYear, paymentId(caller, idempotencyKey), request.amountYen(),
                dateOr(request.paymentDate()), caller));
    }

    @Idempotent(requireKey = true)
    @PostMapping("/{id}/years/{fiscalYear}/refund")
    GrantResponse refund(@PathVariable String id, @PathVariable int fiscalYear,
            @Valid @RequestBody RefundRequest request, Caller caller) {
        Refund refund = new Refund(dateOr(request.refundDate()), request.amountYen(), caller.subject());
        return GrantResponse.of(steps.recordRefund(id, fiscalYear, refund, caller));
    }

    /** Closes a settled year (完了). */
    @Idempotent
    @PostMapping("/{id}/years/{fiscalYear}/closure")
    GrantResponse close(@PathVariable String id, @PathVariable int fiscalYear, Caller caller) {
        return GrantResponse.of(steps.close(id, fiscalYear, caller));
    }

    /**
     * The payment's id follows from its Idempotency-Key: should a retry ever execute again (its first attempt's
     * replica crashed before the answer was kept), the year finds the payment already recorded and pays nothing.
     */
    private static String paymentId(Caller caller, String idempotencyKey) {
        return UUID.nameUUIDFromBytes((caller.subject() + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private LocalDate dateOr(LocalDate given) {
        return given != null ? given : LocalDate.now(clock);
    }
}
