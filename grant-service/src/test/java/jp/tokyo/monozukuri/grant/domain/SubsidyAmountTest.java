package jp.tokyo.monozukuri.grant.domain;

import static jp.tokyo.monozukuri.grant.domain.GrantTestData.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The amount rules of the program (rate 1/2, cap ¥100,000,000 per year, rounded down to ¥1,000) as a table of
 * cases. Every amount is a long and every rate a fraction; nothing passes through floating point.
 */
class SubsidyAmountTest {

    @ParameterizedTest(name = "eligible cost ¥{0} allows at most ¥{1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            1998        | 0           | half is ¥999: rounded down to nothing
            1999        | 0           | half is ¥999.5: still below ¥1,000
            2000        | 1000        | half is exactly ¥1,000
            3998        | 1000        | half is ¥1,999: ¥999 rounded away
            2001998     | 1000000     | half is ¥1,000,999: ¥999 rounded away
            2002000     | 1001000     | half is ¥1,001,000 exactly
            199999998   | 99999000    | just under the cap
            200000000   | 100000000   | half is exactly the cap
            250000000   | 100000000   | half is above the cap: the cap
            0           | 0           | zero
            """)
    void theDecisionLimitIsHalfTheEligibleCostRoundedDownToAThousandYenAndCapped(long eligibleCostYen,
            long limitYen, String because) {
        // when
        long limit = PROGRAM.limitFor(eligibleCostYen);

        // then
        assertThat(limit).as(because).isEqualTo(limitYen);
    }

    @ParameterizedTest(name = "decided ¥{0}, eligible actual ¥{1}, other revenue ¥{2} → confirmed ¥{3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            20000000  | 40000000  | 0         | 20000000  | spent as planned
            20000000  | 40000000  | 10000000  | 15000000  | other revenue is deducted before the rate
            20000000  | 38000000  | 1000000   | 18500000  | spent less, with revenue
            20000000  | 60000000  | 0         | 20000000  | overspending never raises the decided amount
            20000000  | 2001999   | 0         | 1000000   | ¥1,000,999.5 rounded down to ¥1,000,000
            20000000  | 2002000   | 0         | 1001000   | ¥1,001,000 exactly
            20000000  | 1999      | 0         | 0         | ¥999.5 rounds down to zero
            100000000 | 300000000 | 0         | 100000000 | at the cap
            20000000  | 5000000   | 6000000   | 0         | revenue above the cost: zero, never negative
            20000000  | 0         | 0         | 0         | nothing spent: zero
            """)
    void theConfirmedAmountIsTheLeastOfDecisionCapAndHalfTheNetEligibleCost(long decidedYen,
            long eligibleActualCostYen, long otherRevenueYen, long confirmedYen, String because) {
        // when
        long confirmed = PROGRAM.confirmedAmount(decidedYen, eligibleActualCostYen, otherRevenueYen);

        // then
        assertThat(confirmed).as(because).isEqualTo(confirmedYen);
    }

    @Test
    void theAnnualCapOfTheGrantsParametersLimitsTheConfirmedAmount() {
        // given a grant opened under a lower cap
        ProgramParameters lowerCap = new ProgramParameters(new SubsidyRate(1, 2), 10_000_000L, 1_000L, 30, 20);

        // when
        long confirmed = lowerCap.confirmedAmount(15_000_000L, 40_000_000L, 0);

        // then
        assertThat(confirmed).isEqualTo(10_000_000L);
    }

    @Test
    void aRateIsExactEvenWhereADoubleWouldRound() {
        // given 2^53 + 1, the first integer a double cannot hold
        long amount = 9_007_199_254_740_993L;

        // when
        long third = new SubsidyRate(1, 3).applyTo(amount);

        // then
        assertThat(third).isEqualTo(3_002_399_751_580_331L);
        assertThat(new SubsidyRate(2, 3).applyTo(3_000_001L)).isEqualTo(2_000_000L);
    }

    @Test
    void aRateIsReadFromItsFractionAndNeverAboveOne() {
        assertThat(SubsidyRate.parse(" 1/2 ")).isEqualTo(new SubsidyRate(1, 2));
        assertThatThrownBy(() -> SubsidyRate.parse("3/2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SubsidyRate.parse("0.5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReportIsDueOnAprilThirtiethAfterTheFiscalYear() {
        assertThat(PROGRAM.reportDueDate(2014)).hasToString("2015-04-30");
        assertThat(PROGRAM.reportDueDate(2015)).hasToString("2016-04-30");
    }

    @Test
    void documentNumbersCarryTheEraYearOfTheirFiscalYear() {
        assertThat(new DocumentNumber(2014, "産労商地助", 1)).hasToString("26産労商地助第1号");
        assertThat(new DocumentNumber(2019, "産労商地助", 12)).hasToString("元産労商地助第12号");
    }
}
