package jp.tokyo.monozukuri.grant.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import jp.tokyo.monozukuri.grant.domain.ProjectCost;
import jp.tokyo.monozukuri.infrastructure.validation.PlausibleDate;
import jp.tokyo.monozukuri.infrastructure.text.MultiLine;
import jp.tokyo.monozukuri.infrastructure.text.SingleLine;

/**
 * The bodies of the steps of a grant year. Amounts are integer yen; dates are ISO and default to today (Tokyo
 * time) when left out.
 */
final class GrantRequests {

    /** No single amount of the program comes near a trillion yen; the bound keeps every sum within a long. */
    static final long MAX_YEN = 1_000_000_000_000L;

    private GrantRequests() {
    }

    /** The eligible cost of one project of the plan (事業別内訳). */
    record ProjectCostRequest(
            @NotNull @Min(1) @Max(99) Integer measureNumber,
            @NotBlank @SingleLine String projectName,
            @NotNull @PositiveOrZero @Max(MAX_YEN) Long eligibleCostYen) {

        ProjectCost toProjectCost() {
            return new ProjectCost(measureNumber, projectName, eligibleCostYen);
        }

        static List<ProjectCost> toProjectCosts(List<ProjectCostRequest> breakdown) {
            return breakdown == null ? List.of() : breakdown.stream().map(ProjectCostRequest::toProjectCost).toList();
        }
    }

    /** 交付申請 */
    record ApplicationRequest(
            @PlausibleDate LocalDate applicationDate,
            @NotNull @Positive @Max(MAX_YEN) Long eligibleCostYen,
            @NotNull @Positive @Max(MAX_YEN) Long requestedAmountYen,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull ProjectCostRequest> breakdown) {
    }

    /** 交付決定 */
    record DecisionRequest(
            @PlausibleDate LocalDate decisionDate,
            @NotNull @Positive @Max(MAX_YEN) Long amountYen,
            List<@NotBlank @MultiLine String> conditions,
            @PlausibleDate(happened = false) LocalDate reportDueDate) {
    }

    /** 変更承認 */
    record ChangeRequest(
            @PlausibleDate LocalDate changeDate,
            @NotNull @Positive @Max(MAX_YEN) Long eligibleCostYen,
            @NotNull @Positive @Max(MAX_YEN) Long requestedAmountYen,
            @NotNull @Positive @Max(MAX_YEN) Long amountYen,
            @NotBlank @MultiLine String reason) {
    }

    /** 実績報告 */
    record ReportRequest(
            @PlausibleDate LocalDate reportDate,
            @NotNull @PositiveOrZero @Max(MAX_YEN) Long actualCostYen,
            @NotNull @PositiveOrZero @Max(MAX_YEN) Long eligibleActualCostYen,
            @NotNull @PositiveOrZero @Max(MAX_YEN) Long otherRevenueYen,
            @Size(max = 100) List<@Valid @NotNull ProjectCostRequest> breakdown) {
    }

    /** 実績報告の訂正: the whole corrected report, and why. */
    record ReportCorrectionRequest(
            @NotNull @PlausibleDate LocalDate reportDate,
            @NotNull @PositiveOrZero @Max(MAX_YEN) Long actualCostYen,
            @NotNull @PositiveOrZero @Max(MAX_YEN) Long eligibleActualCostYen,
            @NotNull @PositiveOrZero @Max(MAX_YEN) Long otherRevenueYen,
            @Size(max = 100) List<@Valid @NotNull ProjectCostRequest> breakdown,
            @NotBlank @MultiLine @Size(max = 2000) String reason) {
    }

    /** 額の確定 */
    record ConfirmationRequest(@PlausibleDate LocalDate confirmationDate) {
    }

    /** 概算払 / 精算払 */
    record PaymentRequest(@PlausibleDate LocalDate paymentDate, @NotNull @Positive @Max(MAX_YEN) Long amountYen) {
    }

    /** 返還 */
    record RefundRequest(@PlausibleDate LocalDate refundDate, @NotNull @Positive @Max(MAX_YEN) Long amountYen) {
    }
}
