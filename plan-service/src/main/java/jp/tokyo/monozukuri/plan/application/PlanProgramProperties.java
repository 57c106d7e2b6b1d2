package jp.tokyo.monozukuri.plan.application;

import jakarta.validation.constraints.Min;
import jp.tokyo.monozukuri.plan.domain.PlanProgram;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code plan.program.*}: the program's parameters that shape a plan.
 *
 * @param programLengthYears plan period in fiscal years (default 3, as the program subsidizes three years)
 * @param firstFiscalYear    the first fiscal year of the program (FY2012, 平成24年度); never before 1989, so that
 *                           every plan period can be written in the eras documents use (平成, 令和)
 */
@Validated
@ConfigurationProperties("plan.program")
public record PlanProgramProperties(
        @DefaultValue("3") @Min(1) int programLengthYears,
        @DefaultValue("2012") @Min(1989) int firstFiscalYear) {

    public PlanProgram toProgram() {
        return new PlanProgram(programLengthYears, firstFiscalYear);
    }
}
