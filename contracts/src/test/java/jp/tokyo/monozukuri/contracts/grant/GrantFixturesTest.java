package jp.tokyo.monozukuri.contracts.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The grant fixtures tell one story a notice writer can rely on: 品川区's plan, FY2014 (平成26年度), amounts that add
 * up the way grant-service computes them, and document numbers of the grant series ({@code 26産労商地助第1号}).
 */
class GrantFixturesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String DOCUMENT_NUMBER = "(\\d+|元)産労商地助第[1-9]\\d*号";

    @Test
    void everyGrantFixtureIsAboutShinagawasPlanAndKeyedByTheGrant() throws IOException {
        // given
        List<EventEnvelope<?>> envelopes = List.of(
                read(EventTypes.GRANT_OPENED, GrantOpened.class),
                read(EventTypes.GRANT_YEAR_OPENED, GrantYearOpened.class),
                read(EventTypes.GRANT_DECIDED, GrantDecided.class),
                read(EventTypes.GRANT_CHANGED, GrantChanged.class),
                read(EventTypes.GRANT_PAID, GrantPaid.class),
                read(EventTypes.GRANT_CONFIRMED, GrantConfirmed.class),
                read(EventTypes.GRANT_REFUND_DUE, GrantRefundDue.class),
                read(EventTypes.GRANT_REPORT_OVERDUE, GrantReportOverdue.class));

        // then
        assertThat(envelopes).allSatisfy(envelope -> {
            assertThat(envelope.producer()).isEqualTo("grant-service");
            assertThat(envelope.aggregateId()).isEqualTo("grant-plan-shinagawa-2014");
            assertThat(envelope.municipalityCode()).isEqualTo("131091");
        });
    }

    @Test
    void theDecisionFixtureStaysWithinHalfTheEligibleCostAndCarriesAGrantSeriesNumber() throws IOException {
        // given / when
        GrantDecided decided = read(EventTypes.GRANT_DECIDED, GrantDecided.class).payload();

        // then
        assertThat(decided.fiscalYear()).isEqualTo(2014);
        assertThat(decided.documentNumber()).matches(DOCUMENT_NUMBER).startsWith("26");
        assertThat(decided.decidedAmountYen()).isLessThanOrEqualTo(decided.eligibleCostYen() / 2)
                .isLessThanOrEqualTo(decided.requestedAmountYen());
        assertThat(decided.reportDueDate()).hasToString("2015-04-30");
    }

    @Test
    void theConfirmationFixtureAddsUpAndItsRefundIsTheOneTheRefundFixtureClaims() throws IOException {
        // given
        GrantConfirmed confirmed = read(EventTypes.GRANT_CONFIRMED, GrantConfirmed.class).payload();
        GrantRefundDue refundDue = read(EventTypes.GRANT_REFUND_DUE, GrantRefundDue.class).payload();

        // then: ½ × (38,000,000 − 1,000,000) = 18,500,000, below the decided 22,000,000
        long computed = (confirmed.eligibleActualCostYen() - confirmed.otherRevenueYen()) / 2 / 1_000 * 1_000;
        assertThat(confirmed.confirmedAmountYen()).isEqualTo(Math.min(computed, confirmed.decidedAmountYen()));
        assertThat(confirmed.refundDueYen()).isEqualTo(confirmed.advancesPaidYen() - confirmed.confirmedAmountYen());
        assertThat(confirmed.amountPayableYen()).isZero();
        assertThat(confirmed.documentNumber()).matches(DOCUMENT_NUMBER).startsWith("27");
        assertThat(refundDue.refundAmountYen()).isEqualTo(confirmed.refundDueYen());
        assertThat(refundDue.documentNumber()).isEqualTo(confirmed.documentNumber());
        assertThat(refundDue.refundDueDate()).isEqualTo(confirmed.confirmationDate().plusDays(20));
    }

    private static <P> EventEnvelope<P> read(String eventType, Class<P> payloadType) throws IOException {
        JavaType type = JSON.getTypeFactory().constructParametricType(EventEnvelope.class, payloadType);
        try (InputStream in = GrantFixturesTest.class.getResourceAsStream("/fixtures/" + eventType + ".json")) {
            return JSON.readValue(in, type);
        }
    }
}
