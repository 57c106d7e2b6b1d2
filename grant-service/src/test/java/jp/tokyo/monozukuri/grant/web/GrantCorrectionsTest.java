package jp.tokyo.monozukuri.grant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.Topics;
import jp.tokyo.monozukuri.grant.GrantServiceTest;
import jp.tokyo.monozukuri.infrastructure.outbox.EventHeaders;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Budget resolutions and reports entered in error are corrected by Tokyo's administrators, on the real store: the
 * correction is audited (who, when, why, before and after) and visible through the API, and re-evaluates the year's
 * gating, with {@code grant.year-suspended} when the year goes back to waiting for its budget.
 */
class GrantCorrectionsTest extends GrantServiceTest {

    private static final String ADMIN = TestTokens.admin();
    private static final String APPROVER = TestTokens.approver("suzuki");
    private static final String SHINAGAWA_STAFF = TestTokens.municipality(SHINAGAWA);
    private static final String WITHDRAW_MUNICIPAL = """
            {"fiscalYear": 2014, "assembly": "MUNICIPAL", "municipalityCode": "131091", "withdraw": true,
             "reason": "区議会の議決日を誤って入力したため取り消す"}""";

    @Test
    void withdrawingAResolutionEnteredInErrorSuspendsTheOpenYearAuditedAndAsAnEvent() {
        // given: FY2014 of 品川区 is open on both resolutions
        Instant start = Instant.now();
        String grant = openGrant("plan-shinagawa-correction", SHINAGAWA);
        budgetsOf2014Passed(SHINAGAWA);
        assertThat(statusOf(grant)).isEqualTo("OPEN");

        // when: an approver and the municipality may not correct; an administrator withdraws the municipal one
        ResponseEntity<JsonNode> byApprover = post("/api/budget-resolutions/corrections", APPROVER,
                WITHDRAW_MUNICIPAL);
        ResponseEntity<JsonNode> byMunicipality = post("/api/budget-resolutions/corrections", SHINAGAWA_STAFF,
                WITHDRAW_MUNICIPAL);
        ResponseEntity<JsonNode> corrected = post("/api/budget-resolutions/corrections", ADMIN, WITHDRAW_MUNICIPAL);

        // then
        assertThat(byApprover.getStatusCode().value()).isEqualTo(403);
        assertThat(byMunicipality.getStatusCode().value()).isEqualTo(403);
        assertThat(corrected.getStatusCode().value()).isEqualTo(200);
        assertThat(corrected.getBody().path("suspendedGrantIds").valueStream().map(JsonNode::asString))
                .containsExactly(grant);
        assertThat(statusOf(grant)).isEqualTo("SCHEDULED");
        JsonNode municipal = resolutions().valueStream()
                .filter(r -> r.path("assembly").asString().equals("MUNICIPAL")).findFirst().orElseThrow();
        assertThat(municipal.path("withdrawn").asBoolean()).isTrue();
        JsonNode audit = municipal.path("corrections").path(0);
        assertThat(audit.path("correctedBy").asString()).isEqualTo("tokyo-admin");
        assertThat(audit.path("correctedAt").asString()).isNotBlank();
        assertThat(audit.path("reason").asString()).contains("誤って入力");
        assertThat(audit.at("/before/resolutionDate").asString()).isEqualTo("2014-03-18");
        assertThat(audit.at("/before/withdrawn").asBoolean()).isFalse();
        assertThat(audit.at("/after/withdrawn").asBoolean()).isTrue();
        assertThat(KafkaTopics.await(Topics.GRANT_EVENTS, 1, r -> r.timestamp() >= start.toEpochMilli()
                && grant.equals(r.key()) && EventTypes.GRANT_YEAR_SUSPENDED.equals(
                KafkaTopics.header(r, EventHeaders.EVENT_TYPE)), Duration.ofSeconds(30))).hasSize(1);

        // and recorded again with the right date, the year opens again
        recordResolution(2014, "MUNICIPAL", SHINAGAWA, "2014-03-20");
        assertThat(statusOf(grant)).isEqualTo("OPEN");
    }

    @Test
    void aResolutionsDateIsCorrectedInPlaceButOneAYearAppliedOnCannotBeWithdrawn() {
        // given: 品川区 applied for FY2014
        String grant = openGrant("plan-shinagawa-applied-correction", SHINAGAWA);
        budgetsOf2014Passed(SHINAGAWA);
        assertThat(post("/api/grants/" + grant + "/years/2014/application", SHINAGAWA_STAFF, APPLICATION_2014)
                .getStatusCode().value()).isEqualTo(200);

        // when
        ResponseEntity<JsonNode> withdrawn = post("/api/budget-resolutions/corrections", ADMIN, WITHDRAW_MUNICIPAL);
        ResponseEntity<JsonNode> redated = post("/api/budget-resolutions/corrections", ADMIN, """
                {"fiscalYear": 2014, "assembly": "MUNICIPAL", "municipalityCode": "131091",
                 "resolutionDate": "2014-03-20", "reason": "議決日の誤記"}""");
        ResponseEntity<JsonNode> outOfWindow = post("/api/budget-resolutions/corrections", ADMIN, """
                {"fiscalYear": 2014, "assembly": "MUNICIPAL", "municipalityCode": "131091",
                 "resolutionDate": "2012-06-01", "reason": "議決日の誤記"}""");

        // then
        assertThat(withdrawn.getStatusCode().value()).isEqualTo(409);
        assertThat(withdrawn.getBody().path("type").asString()).endsWith("/problems/budget-in-use");
        assertThat(redated.getStatusCode().value()).isEqualTo(200);
        assertThat(redated.getBody().at("/resolution/resolutionDate").asString()).isEqualTo("2014-03-20");
        assertThat(redated.getBody().at("/resolution/corrections").size()).isEqualTo(1);
        assertThat(outOfWindow.getStatusCode().value()).isEqualTo(400);
        JsonNode year = year(grant);
        assertThat(year.path("status").asString()).isEqualTo("APPLIED");
        assertThat(year.path("municipalResolutionDate").asString()).isEqualTo("2014-03-20");
    }

    @Test
    void aReportEnteredInErrorIsCorrectedByTokyoBeforeTheAmountIsConfirmedOnIt() {
        // given: 品川区 reported FY2014 with a wrong date and cost
        String grant = openGrant("plan-shinagawa-report-correction", SHINAGAWA);
        budgetsOf2014Passed(SHINAGAWA);
        post("/api/grants/" + grant + "/years/2014/application", SHINAGAWA_STAFF, APPLICATION_2014);
        post("/api/grants/" + grant + "/years/2014/decision", APPROVER,
                "{\"decisionDate\": \"2014-05-15\", \"amountYen\": 20000000}");
        post("/api/grants/" + grant + "/years/2014/report", SHINAGAWA_STAFF, """
                {"reportDate": "2015-04-20", "actualCostYen": 4050000, "eligibleActualCostYen": 3800000,
                 "otherRevenueYen": 0}""");
        String correction = """
                {"reportDate": "2015-04-21", "actualCostYen": 40500000, "eligibleActualCostYen": 38000000,
                 "otherRevenueYen": 1000000, "reason": "桁の誤りを訂正"}""";

        // when
        ResponseEntity<JsonNode> byMunicipality = post("/api/grants/" + grant + "/years/2014/report/correction",
                SHINAGAWA_STAFF, correction);
        ResponseEntity<JsonNode> corrected = post("/api/grants/" + grant + "/years/2014/report/correction", ADMIN,
                correction);
        ResponseEntity<JsonNode> confirmed = post("/api/grants/" + grant + "/years/2014/confirmation", APPROVER,
                "{\"confirmationDate\": \"2015-05-20\"}");
        ResponseEntity<JsonNode> afterConfirmation = post("/api/grants/" + grant
                + "/years/2014/report/correction", ADMIN, correction);

        // then
        assertThat(byMunicipality.getStatusCode().value()).isEqualTo(403);
        assertThat(corrected.getStatusCode().value()).isEqualTo(200);
        JsonNode year = year(grant);
        assertThat(year.at("/report/reportDate").asString()).isEqualTo("2015-04-21");
        JsonNode audit = year.path("reportCorrections").path(0);
        assertThat(audit.path("correctedBy").asString()).isEqualTo("tokyo-admin");
        assertThat(audit.path("reason").asString()).isEqualTo("桁の誤りを訂正");
        assertThat(audit.at("/before/eligibleActualCostYen").asLong()).isEqualTo(3_800_000L);
        assertThat(audit.at("/after/eligibleActualCostYen").asLong()).isEqualTo(38_000_000L);
        assertThat(confirmed.getStatusCode().value()).isEqualTo(200);
        assertThat(year(grant).path("confirmedAmountYen").asLong()).isEqualTo(18_500_000L);
        assertThat(afterConfirmation.getStatusCode().value()).isEqualTo(409);
    }



    private JsonNode resolutions() {
        return http().get().uri("/api/budget-resolutions?fiscalYear=2014").header("Authorization", ADMIN).retrieve()
                .body(JsonNode.class);
    }

    private String statusOf(String grant) {
        return year(grant).path("status").asString();
    }

    private JsonNode year(String grant) {
        JsonNode body = http().get().uri("/api/grants/" + grant).header("Authorization", ADMIN).retrieve()
                .body(JsonNode.class);
        return body.path("years").valueStream().filter(y -> y.path("fiscalYear").asInt() == 2014).findFirst()
                .orElseThrow();
    }

    private ResponseEntity<JsonNode> post(String path, String token, String body) {
        return http().post().uri(path).header("Authorization", token)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).retrieve()
                .toEntity(JsonNode.class);
    }
}
