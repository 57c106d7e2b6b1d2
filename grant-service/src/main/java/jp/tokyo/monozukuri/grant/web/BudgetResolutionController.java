package jp.tokyo.monozukuri.grant.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.grant.application.BudgetResolutions;
import jp.tokyo.monozukuri.grant.domain.Assembly;
import jp.tokyo.monozukuri.grant.domain.BudgetResolution;
import jp.tokyo.monozukuri.grant.domain.Correction;
import jp.tokyo.monozukuri.infrastructure.idempotency.Idempotent;
import jp.tokyo.monozukuri.infrastructure.security.Caller;
import jp.tokyo.monozukuri.infrastructure.security.Role;
import jp.tokyo.monozukuri.infrastructure.validation.PlausibleDate;
import jp.tokyo.monozukuri.infrastructure.text.MultiLine;
import jp.tokyo.monozukuri.infrastructure.text.SingleLine;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Budget resolutions (予算の議決) of the Tokyo Metropolitan Assembly and of the municipalities' assemblies, recorded
 * by Tokyo's approvers and admins. Recording the second of a year's pair opens the grant years it completes.
 */
@RestController
@RequestMapping("/api/budget-resolutions")
class BudgetResolutionController {

    private final BudgetResolutions resolutions;

    BudgetResolutionController(BudgetResolutions resolutions) {
        this.resolutions = resolutions;
    }

    /** @param municipalityCode required for a municipal resolution, empty for the Metropolitan Assembly's */
    record BudgetResolutionRequest(
            @NotNull @Min(2012) @Max(2100) Integer fiscalYear,
            @NotNull Assembly assembly,
            @SingleLine String municipalityCode,
            @NotNull @PlausibleDate LocalDate resolutionDate,
            @NotNull @Positive @Max(GrantRequests.MAX_YEN) Long budgetedAmountYen) {
    }

    record BudgetResolutionResponse(int fiscalYear, String fiscalYearLabel, Assembly assembly,
            String municipalityCode, String municipalityName, LocalDate resolutionDate, long budgetedAmountYen,
            String recordedBy, Instant recordedAt, boolean withdrawn, List<Correction> corrections) {

        static BudgetResolutionResponse of(BudgetResolutions.RecordedResolution resolution) {
            String name = Municipalities.byCode(resolution.municipalityCode()).map(Municipality::name)
                    .orElse(resolution.assembly() == Assembly.METROPOLITAN ? "東京都" : null);
            return new BudgetResolutionResponse(resolution.fiscalYear(),
                    JapaneseCalendar.formatFiscalYear(resolution.fiscalYear()), resolution.assembly(),
                    resolution.municipalityCode(), name, resolution.resolutionDate(), resolution.budgetedAmountYen(),
                    resolution.recordedBy(), resolution.recordedAt(), resolution.withdrawn(), resolution.corrections());
        }
    }

    /** @param openedGrantIds the grants whose year this resolution opened for application */
    record RecordedResponse(int fiscalYear, Assembly assembly, String municipalityCode, LocalDate resolutionDate,
            long budgetedAmountYen, List<String> openedGrantIds) {
    }

    @Idempotent
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RecordedResponse record(@Valid @RequestBody BudgetResolutionRequest request, Caller caller) {
        caller.requireAnyRole(Role.APPROVER, Role.ADMIN);
        String code = request.municipalityCode() == null || request.municipalityCode().isBlank() ? null
                : request.municipalityCode().trim();
        BudgetResolutions.Recorded recorded = resolutions.record(new BudgetResolution(request.fiscalYear(),
                request.assembly(), code, request.resolutionDate(), request.budgetedAmountYen(), caller.subject()));
        BudgetResolution resolution = recorded.resolution();
        return new RecordedResponse(resolution.fiscalYear(), resolution.assembly(), resolution.municipalityCode(),
                resolution.resolutionDate(), resolution.budgetedAmountYen(), recorded.openedGrantIds());
    }

    /**
     * 訂正 of a resolution entered in error: its date or amount, or its withdrawal ({@code withdraw}: it never
     * passed). Tokyo's administrators only; the correction is kept with the resolution.
     */
    record CorrectionRequest(
            @NotNull @Min(2012) @Max(2100) Integer fiscalYear,
            @NotNull Assembly assembly,
            @SingleLine String municipalityCode,
            @PlausibleDate LocalDate resolutionDate,
            @Positive @Max(GrantRequests.MAX_YEN) Long budgetedAmountYen,
            Boolean withdraw,
            @NotBlank @MultiLine @Size(max = 2000) String reason) {
    }

    /** @param suspendedGrantIds the grants whose year went back to waiting for its budget */
    record CorrectedResponse(BudgetResolutionResponse resolution, List<String> suspendedGrantIds) {
    }

    @Idempotent
    @PostMapping("/corrections")
    CorrectedResponse correct(@Valid @RequestBody CorrectionRequest request, Caller caller) {
        caller.requireAnyRole(Role.ADMIN);
        String code = request.municipalityCode() == null || request.municipalityCode().isBlank() ? null
                : request.municipalityCode().trim();
        BudgetResolutions.Corrected corrected = resolutions.correct(request.fiscalYear(), request.assembly(), code,
                request.resolutionDate(), request.budgetedAmountYen(), Boolean.TRUE.equals(request.withdraw()),
                request.reason(), caller.subject());
        return new CorrectedResponse(BudgetResolutionResponse.of(corrected.resolution()),
                corrected.suspendedGrantIds());
    }

    /** The resolutions of a fiscal year; a municipality sees the Metropolitan Assembly's and its own. */
    @GetMapping
    List<BudgetResolutionResponse> list(@RequestParam @Min(2012) @Max(2100) int fiscalYear, Caller caller) {
        Optional<String> scope = caller.isTokyoStaff() ? Optional.empty()
                : Optional.of(caller.municipalityCode() == null ? "" : caller.municipalityCode());
        return resolutions.ofFiscalYear(fiscalYear, scope).stream().map(BudgetResolutionResponse::of).toList();
    }
}
