package jp.tokyo.monozukuri.grant.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import jp.tokyo.monozukuri.grant.domain.ProgramParameters;
import jp.tokyo.monozukuri.grant.domain.SubsidyRate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The configuration of grant-service, in one place: the program parameters new grants are opened with, the
 * symbol of the grant document series, and how often the scheduled checks run.
 */
@Validated
@ConfigurationProperties("grant")
public record GrantProperties(@Valid @NotNull Program program, @Valid @NotNull Documents documents,
        @Valid @NotNull Schedule schedule) {

    /**
     * ものづくり産業集積強化支援事業's parameters. A grant snapshots them when it opens; changing them later affects
     * only grants opened later.
     */
    public record Program(
            @NotBlank @Pattern(regexp = "\\s*\\d+\\s*/\\s*\\d+\\s*", message = "must be a fraction such as 1/2")
            String subsidyRate,
            @Positive long annualCapYen,
            @Positive long roundingUnitYen,
            @PositiveOrZero int reportDueDaysAfterFiscalYearEnd,
            @PositiveOrZero int refundPeriodDays) {

        public ProgramParameters toParameters() {
            return new ProgramParameters(SubsidyRate.parse(subsidyRate), annualCapYen, roundingUnitYen,
                    reportDueDaysAfterFiscalYearEnd, refundPeriodDays);
        }
    }

    /**
     * @param symbol the issuing section's symbol of the grant series: 26{symbol}第1号. Distinct from the approval
     *               series (産労商地), which approval-service numbers on its own, so that no two notices ever
     *               share a number.
     */
    public record Documents(@NotBlank String symbol) {
    }

    /**
     * @param initialDelay            how long after the start the checks first run
     * @param overdueCheckInterval    how often overdue reports are looked for
     * @param budgetReconcileInterval how often scheduled years whose budgets are complete are opened, in case an
     *                                opening was interrupted between recording a resolution and saving the grant
     */
    public record Schedule(@NotNull Duration initialDelay, @NotNull Duration overdueCheckInterval,
            @NotNull Duration budgetReconcileInterval) {
    }
}
