package jp.tokyo.monozukuri.grant.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dates the steps of FY2014 (2014-04-01 – 2015-03-31) may carry. */
class FiscalYearWindowTest {

    private final FiscalYearWindow fy2014 = FiscalYearWindow.of(2014);

    @Test
    void budgetsAreResolvedInTheYearOrTheOneBefore() {
        assertThatCode(() -> fy2014.requireResolutionDate("resolutionDate", LocalDate.of(2013, 4, 1)))
                .doesNotThrowAnyException();
        assertThatCode(() -> fy2014.requireResolutionDate("resolutionDate", LocalDate.of(2015, 3, 31)))
                .doesNotThrowAnyException();
        assertRefused(() -> fy2014.requireResolutionDate("resolutionDate", LocalDate.of(2013, 3, 31)),
                "resolutionDate");
        assertRefused(() -> fy2014.requireResolutionDate("resolutionDate", LocalDate.of(2015, 4, 1)),
                "resolutionDate");
        assertRefused(() -> fy2014.requireResolutionDate("resolutionDate", LocalDate.of(1, 1, 1)), "resolutionDate");
    }

    @Test
    void decisionsAndChangesAreMadeWithinTheYear() {
        assertThatCode(() -> fy2014.requireWithinYear("decisionDate", LocalDate.of(2014, 4, 1)))
                .doesNotThrowAnyException();
        assertThatCode(() -> fy2014.requireWithinYear("decisionDate", LocalDate.of(2015, 3, 31)))
                .doesNotThrowAnyException();
        assertRefused(() -> fy2014.requireWithinYear("decisionDate", LocalDate.of(2014, 3, 31)), "decisionDate");
        assertRefused(() -> fy2014.requireWithinYear("changeDate", LocalDate.of(2015, 4, 1)), "changeDate");
    }

    @Test
    void applicationsComeInTheYearOrTheOneBefore() {
        assertThatCode(() -> fy2014.requireApplicationDate("applicationDate", LocalDate.of(2014, 3, 20)))
                .doesNotThrowAnyException();
        assertRefused(() -> fy2014.requireApplicationDate("applicationDate", LocalDate.of(2015, 4, 1)),
                "applicationDate");
    }

    @Test
    void reportsAreDueAtMostAYearAfterTheYearAndSettlementsComeAtMostFiveYearsAfter() {
        assertThatCode(() -> fy2014.requireReportDueDate("reportDueDate", LocalDate.of(2016, 3, 31)))
                .doesNotThrowAnyException();
        assertRefused(() -> fy2014.requireReportDueDate("reportDueDate", LocalDate.of(2016, 4, 1)), "reportDueDate");
        assertThatCode(() -> fy2014.requireSettlementDate("refundDate", LocalDate.of(2020, 3, 31)))
                .doesNotThrowAnyException();
        assertRefused(() -> fy2014.requireSettlementDate("reportDate", LocalDate.of(9999, 12, 31)), "reportDate");
        assertRefused(() -> fy2014.requireSettlementDate("paymentDate", LocalDate.of(2014, 3, 31)), "paymentDate");
        assertRefused(() -> fy2014.requireSettlementDate("paymentDate", LocalDate.MAX), "paymentDate");
    }

    @Test
    void aBudgetResolutionOutsideItsFiscalYearsWindowIsRefusedWhenItIsMade() {
        assertRefused(() -> new BudgetResolution(2014, Assembly.METROPOLITAN, null, LocalDate.of(1, 1, 1), 1L,
                "suzuki"), "resolutionDate");
        assertThatCode(() -> new BudgetResolution(2014, Assembly.METROPOLITAN, null, LocalDate.of(2014, 3, 27), 1L,
                "suzuki")).doesNotThrowAnyException();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable check, String field) {
        assertThatThrownBy(check).isInstanceOfSatisfying(InvalidInputException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field));
    }
}
