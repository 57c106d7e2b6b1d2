package jp.tokyo.monozukuri.grant.web;

import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.grant.domain.AmountAboveLimitException;
import jp.tokyo.monozukuri.grant.domain.BreakdownMismatchException;
import jp.tokyo.monozukuri.grant.domain.BudgetInUseException;
import jp.tokyo.monozukuri.grant.domain.BudgetResolutionAlreadyRecordedException;
import jp.tokyo.monozukuri.grant.domain.ChangeBelowPaidException;
import jp.tokyo.monozukuri.grant.domain.DateOutOfOrderException;
import jp.tokyo.monozukuri.grant.domain.DocumentInProgressException;
import jp.tokyo.monozukuri.grant.domain.EligibleCostAboveActualException;
import jp.tokyo.monozukuri.grant.domain.GrantRuleViolation;
import jp.tokyo.monozukuri.grant.domain.InvalidInputException;
import jp.tokyo.monozukuri.grant.domain.InvalidPlanPeriodException;
import jp.tokyo.monozukuri.grant.domain.PaymentAboveOutstandingException;
import jp.tokyo.monozukuri.grant.domain.RefundAboveDueException;
import jp.tokyo.monozukuri.grant.domain.StepNotAllowedException;
import jp.tokyo.monozukuri.grant.domain.UnknownFiscalYearException;
import jp.tokyo.monozukuri.infrastructure.problem.FieldViolation;
import jp.tokyo.monozukuri.infrastructure.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Each rule of the grant domain, mapped once to its problem type. Ahead of the shared handler, which would answer
 * an unknown exception with a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class GrantProblems {

    /** The problem a rule violation becomes. */
    record Kind(int status, String slug, String title) {
    }

    static final Map<Class<? extends GrantRuleViolation>, Kind> KINDS = Map.ofEntries(
            Map.entry(StepNotAllowedException.class,
                    new Kind(409, "step-not-allowed", "Step not allowed in the year's current state")),
            Map.entry(DocumentInProgressException.class,
                    new Kind(409, "document-in-progress", "Another document of the year is being issued")),
            Map.entry(BudgetInUseException.class,
                    new Kind(409, "budget-in-use", "Budget resolution in use by a year applied for")),
            Map.entry(AmountAboveLimitException.class,
                    new Kind(422, "amount-above-limit", "Amount above what the program allows")),
            Map.entry(PaymentAboveOutstandingException.class,
                    new Kind(422, "payment-above-outstanding", "Payment above what is still payable")),
            Map.entry(RefundAboveDueException.class,
                    new Kind(422, "refund-above-due", "Refund above what is still due")),
            Map.entry(ChangeBelowPaidException.class,
                    new Kind(422, "change-below-paid", "Changed amount below the advances paid")),
            Map.entry(DateOutOfOrderException.class,
                    new Kind(422, "date-out-of-order", "Date before the step it follows")),
            Map.entry(BreakdownMismatchException.class,
                    new Kind(422, "breakdown-mismatch", "Breakdown does not add up to its total")),
            Map.entry(EligibleCostAboveActualException.class,
                    new Kind(422, "eligible-cost-above-actual", "Eligible cost above the actual cost")),
            Map.entry(UnknownFiscalYearException.class,
                    new Kind(404, "fiscal-year-not-found", "No such fiscal year in the grant")),
            Map.entry(BudgetResolutionAlreadyRecordedException.class,
                    new Kind(409, "budget-resolution-already-recorded", "Budget resolution already recorded")),
            Map.entry(InvalidPlanPeriodException.class,
                    new Kind(422, "invalid-plan-period", "Plan period is not three fiscal years")),
            Map.entry(InvalidInputException.class, new Kind(400, "validation", "Invalid input")));

    @ExceptionHandler(GrantRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolated(GrantRuleViolation e) {
        Kind kind = KINDS.get(e.getClass());
        if (kind == null) {
            throw new IllegalStateException("no problem type for " + e.getClass().getName(), e);
        }
        List<FieldViolation> fields = e.field() == null ? List.of() : List.of(new FieldViolation(e.field(),
                e.getMessage()));
        ProblemDetail problem = ProblemResponses.of(HttpStatusCode.valueOf(kind.status()), kind.slug(),
                kind.title(), e.getMessage(), fields);
        if (e instanceof StepNotAllowedException step) {
            problem.setProperty("currentState", step.currentStatus().name());
            problem.setProperty("fiscalYear", step.fiscalYear());
            problem.setProperty("step", step.step().name());
        }
        return ResponseEntity.status(kind.status()).body(problem);
    }
}
