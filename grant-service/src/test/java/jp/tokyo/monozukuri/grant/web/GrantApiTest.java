package jp.tokyo.monozukuri.grant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.Topics;
import jp.tokyo.monozukuri.grant.GrantServiceTest;
import jp.tokyo.monozukuri.grant.application.GrantEventOutbox;
import jp.tokyo.monozukuri.grant.application.GrantOpening;
import jp.tokyo.monozukuri.grant.application.GrantProperties;
import jp.tokyo.monozukuri.grant.persistence.BudgetResolutionStore;
import jp.tokyo.monozukuri.grant.persistence.GrantDocument;
import jp.tokyo.monozukuri.grant.persistence.GrantStore;
import jp.tokyo.monozukuri.infrastructure.outbox.EventHeaders;
import jp.tokyo.monozukuri.testsupport.KafkaTopics;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The REST API of grants and budget resolutions, with who may do what. */
class GrantApiTest extends GrantServiceTest {

    /** Health and prometheus are served on the management port only. */
    @LocalManagementPort
    int managementPort;

    private static final String SHINAGAWA_STAFF = TestTokens.municipality(SHINAGAWA);
    private static final String HACHIOJI_STAFF = TestTokens.municipality(HACHIOJI);
    private static final String REVIEWER = TestTokens.reviewer("sato");
    private static final String APPROVER = TestTokens.approver("suzuki");

    @Autowired
    GrantStore grants;

    @Autowired
    BudgetResolutionStore budgets;

    @Autowired
    GrantEventOutbox outbox;

    @Autowired
    GrantProperties properties;

    @Test
    void aYearTakesItsWholeCourseThroughTheApiAndPublishesEachNotice() {
        // given
        Instant start = Instant.now();
        String grant = openGrant("plan-shinagawa-api", SHINAGAWA);
        budgetsPassed(2014, SHINAGAWA);

        // when: 交付申請, 交付決定, 概算払, 実績報告, 額の確定, 返還, 完了
        JsonNode applied = post(grant, 2014, "application", SHINAGAWA_STAFF, """
                {"applicationDate": "2014-04-15", "eligibleCostYen": 40000000, "requestedAmountYen": 20000000,
                 "breakdown": [
                   {"measureNumber": 1, "projectName": "グリーン・ライフイノベーション支援事業", "eligibleCostYen": 25000000},
                   {"measureNumber": 3, "projectName": "施設運営アドバイザーの設置及びベンチャー企業誘致活動", "eligibleCostYen": 15000000}]}
                """).getBody();
        JsonNode decided = post(grant, 2014, "decision", APPROVER, """
                {"decisionDate": "2014-05-15", "amountYen": 20000000,
                 "conditions": ["補助事業の内容を変更する場合は、あらかじめ知事の承認を受けること。"]}
                """).getBody();
        post(grant, 2014, "payments", APPROVER, """
                {"paymentDate": "2014-06-02", "amountYen": 20000000}""");
        post(grant, 2014, "report", SHINAGAWA_STAFF, """
                {"reportDate": "2015-04-20", "actualCostYen": 40500000, "eligibleActualCostYen": 38000000,
                 "otherRevenueYen": 1000000}""");
        JsonNode confirmed = post(grant, 2014, "confirmation", APPROVER, """
                {"confirmationDate": "2015-05-20"}""").getBody();
        JsonNode refunded = post(grant, 2014, "refund", APPROVER, """
                {"refundDate": "2015-06-05", "amountYen": 1500000}""").getBody();
        ResponseEntity<JsonNode> closed = post(grant, 2014, "closure", APPROVER, "{}");

        // then
        assertThat(year(applied, 2014).path("status").asString()).isEqualTo("APPLIED");
        assertThat(year(decided, 2014).at("/decision/documentNumber").asString()).isEqualTo("26産労商地助第1号");
        assertThat(year(decided, 2014).path("fiscalYearLabel").asString()).isEqualTo("平成26年度");
        assertThat(year(confirmed, 2014).path("status").asString()).isEqualTo("REFUND_DUE");
        assertThat(year(confirmed, 2014).path("confirmedAmountYen").asLong()).isEqualTo(18_500_000L);
        assertThat(year(confirmed, 2014).path("refundOutstandingYen").asLong()).isEqualTo(1_500_000L);
        assertThat(year(confirmed, 2014).at("/confirmation/documentNumber").asString()).isEqualTo("27産労商地助第1号");
        assertThat(year(refunded, 2014).path("status").asString()).isEqualTo("PAID");
        assertThat(closed.getStatusCode().value()).isEqualTo(200);
        assertThat(year(closed.getBody(), 2014).path("status").asString()).isEqualTo("CLOSED");

        // and each notice went out on grant-events, in order, keyed by the grant
        List<String> published = KafkaTopics.await(Topics.GRANT_EVENTS, 6, r -> isOf(r, grant, start),
                Duration.ofSeconds(60)).stream().map(r -> KafkaTopics.header(r, EventHeaders.EVENT_TYPE)).toList();
        assertThat(published).containsExactly(EventTypes.GRANT_OPENED, EventTypes.GRANT_YEAR_OPENED,
                EventTypes.GRANT_DECIDED, EventTypes.GRANT_PAID, EventTypes.GRANT_CONFIRMED,
                EventTypes.GRANT_REFUND_DUE);
    }

    @Test
    void noDecisionBeforeBothResolutionsAndOutOfOrderStepsAre409ProblemsNamingTheCurrentState() {
        // given: only the Metropolitan Assembly passed the FY2014 budget
        String grant = openGrant("plan-shinagawa-order", SHINAGAWA);
        recordResolution(2014, "METROPOLITAN", null, "2014-03-27");

        // when
        ResponseEntity<JsonNode> decision = post(grant, 2014, "decision", APPROVER, """
                {"decisionDate": "2014-05-15", "amountYen": 1000000}""");
        ResponseEntity<JsonNode> application = post(grant, 2014, "application", SHINAGAWA_STAFF,
                application(40_000_000L, 20_000_000L));
        recordResolution(2014, "MUNICIPAL", SHINAGAWA, "2014-03-18");
        ResponseEntity<JsonNode> confirmation = post(grant, 2014, "confirmation", APPROVER, "{}");

        // then
        assertThat(decision.getStatusCode().value()).isEqualTo(409);
        assertThat(decision.getBody().path("type").asString()).endsWith("/problems/step-not-allowed");
        assertThat(decision.getBody().path("currentState").asString()).isEqualTo("SCHEDULED");
        assertThat(decision.getBody().path("detail").asString()).contains("SCHEDULED");
        assertThat(application.getStatusCode().value()).isEqualTo(409);
        assertThat(confirmation.getStatusCode().value()).isEqualTo(409);
        assertThat(confirmation.getBody().path("currentState").asString()).isEqualTo("OPEN");
        assertThat(year(get("/api/grants/" + grant, REVIEWER).getBody(), 2014).path("status").asString())
                .isEqualTo("OPEN");
    }

    @Test
    void aMunicipalitySeesOnlyItsOwnGrantsAndTokyoStaffSeeAll() {
        // given
        String shinagawa = openGrant("plan-shinagawa-read", SHINAGAWA);
        String hachioji = openGrant("plan-hachioji-read", HACHIOJI);

        // when
        JsonNode ownList = get("/api/grants?municipalityCode=" + HACHIOJI, SHINAGAWA_STAFF).getBody();
        ResponseEntity<JsonNode> other = get("/api/grants/" + hachioji, SHINAGAWA_STAFF);
        JsonNode all = get("/api/grants?fiscalYear=2014&status=SCHEDULED", REVIEWER).getBody();
        JsonNode onlyHachioji = get("/api/grants?municipalityCode=" + HACHIOJI, REVIEWER).getBody();

        // then
        assertThat(ownList.path("items")).extracting(item -> item.path("id").asString()).containsExactly(shinagawa);
        assertThat(other.getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/grants/" + shinagawa, SHINAGAWA_STAFF).getStatusCode().value()).isEqualTo(200);
        assertThat(all.path("totalItems").asLong()).isEqualTo(2);
        assertThat(all.path("items")).extracting(item -> item.path("municipalityName").asString())
                .containsExactly("品川区", "八王子市");
        assertThat(onlyHachioji.path("items")).extracting(item -> item.path("id").asString())
                .containsExactly(hachioji);
        assertThat(get("/api/grants?page=0&size=1", REVIEWER).getBody().path("totalPages").asLong()).isEqualTo(2);
    }

    @Test
    void onlyTheMunicipalityItselfFilesItsApplicationAndReport() {
        // given
        String grant = openGrant("plan-shinagawa-rights", SHINAGAWA);
        budgetsPassed(2014, SHINAGAWA);
        String body = application(40_000_000L, 20_000_000L);

        // then
        assertThat(post(grant, 2014, "application", APPROVER, body).getStatusCode().value()).isEqualTo(403);
        assertThat(post(grant, 2014, "application", REVIEWER, body).getStatusCode().value()).isEqualTo(403);
        assertThat(post(grant, 2014, "application", HACHIOJI_STAFF, body).getStatusCode().value()).isEqualTo(404);
        assertThat(post(grant, 2014, "application", SHINAGAWA_STAFF, body).getStatusCode().value()).isEqualTo(200);
        assertThat(post(grant, 2014, "report", HACHIOJI_STAFF, "{\"actualCostYen\": 0, \"eligibleActualCostYen\": 0,"
                + " \"otherRevenueYen\": 0}").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void onlyApproversAndAdminsDecidePayAndRecordBudgets() {
        // given
        String grant = openGrant("plan-shinagawa-decide", SHINAGAWA);
        budgetsPassed(2014, SHINAGAWA);
        post(grant, 2014, "application", SHINAGAWA_STAFF, application(40_000_000L, 20_000_000L));
        String decision = """
                {"decisionDate": "2014-05-15", "amountYen": 20000000}""";

        // then
        assertThat(post(grant, 2014, "decision", SHINAGAWA_STAFF, decision).getStatusCode().value()).isEqualTo(403);
        assertThat(post(grant, 2014, "decision", REVIEWER, decision).getStatusCode().value()).isEqualTo(403);
        assertThat(post(grant, 2014, "decision", TestTokens.admin(), decision).getStatusCode().value())
                .isEqualTo(200);
        assertThat(post(grant, 2014, "payments", SHINAGAWA_STAFF, "{\"amountYen\": 1000}").getStatusCode().value())
                .isEqualTo(403);
        ResponseEntity<JsonNode> byMunicipality = http().post().uri("/api/budget-resolutions")
                .header("Authorization", SHINAGAWA_STAFF).body("""
                        {"fiscalYear": 2015, "assembly": "MUNICIPAL", "municipalityCode": "131091",
                         "resolutionDate": "2015-03-18", "budgetedAmountYen": 1000}""")
                .retrieve().toEntity(JsonNode.class);
        assertThat(byMunicipality.getStatusCode().value()).isEqualTo(403);
        assertThat(byMunicipality.getBody().path("type").asString()).endsWith("/problems/forbidden");
    }

    @Test
    void everyRequestNeedsAValidToken() {
        assertThat(http().get().uri("/api/grants").retrieve().toEntity(JsonNode.class).getStatusCode().value())
                .isEqualTo(401);
        assertThat(get("/api/grants", TestTokens.signedByStranger()).getStatusCode().value()).isEqualTo(401);
        assertThat(get("/api/grants", TestTokens.expired()).getStatusCode().value()).isEqualTo(401);
        assertThat(RestClient.create("http://localhost:" + managementPort).get().uri("/actuator/health/liveness")
                .retrieve().toEntity(JsonNode.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void badInputIsA400NamingTheFieldAndWritesNothing() {
        // given
        String grant = openGrant("plan-shinagawa-input", SHINAGAWA);
        budgetsPassed(2014, SHINAGAWA);

        // when
        ResponseEntity<JsonNode> missing = post(grant, 2014, "application", SHINAGAWA_STAFF, """
                {"requestedAmountYen": 20000000, "breakdown": [{"measureNumber": 1, "projectName": "x",
                 "eligibleCostYen": 1}]}""");
        ResponseEntity<JsonNode> badProject = post(grant, 2014, "application", SHINAGAWA_STAFF, """
                {"eligibleCostYen": 1000, "requestedAmountYen": -5, "breakdown": [{"measureNumber": 1,
                 "eligibleCostYen": 1000}]}""");
        ResponseEntity<JsonNode> notAdding = post(grant, 2014, "application", SHINAGAWA_STAFF, """
                {"eligibleCostYen": 40000000, "requestedAmountYen": 20000000, "breakdown": [{"measureNumber": 1,
                 "projectName": "メードイン品川PR事業", "eligibleCostYen": 1000}]}""");
        ResponseEntity<JsonNode> badDate = post(grant, 2014, "application", SHINAGAWA_STAFF, """
                {"applicationDate": "2014-13-45", "eligibleCostYen": 1000, "requestedAmountYen": 500,
                 "breakdown": []}""");
        ResponseEntity<JsonNode> badStatus = get("/api/grants?status=HALF_DONE", REVIEWER);
        ResponseEntity<JsonNode> municipalWithoutCode = http().post().uri("/api/budget-resolutions")
                .header("Authorization", APPROVER).body("""
                        {"fiscalYear": 2015, "assembly": "MUNICIPAL", "resolutionDate": "2015-03-18",
                         "budgetedAmountYen": 1000}""")
                .retrieve().toEntity(JsonNode.class);

        // then
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(missing)).contains("eligibleCostYen");
        assertThat(fields(badProject)).contains("requestedAmountYen", "breakdown[0].projectName");
        assertThat(notAdding.getStatusCode().value()).isEqualTo(422);
        assertThat(fields(notAdding)).containsExactly("breakdown");
        assertThat(badDate.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(badDate)).containsExactly("applicationDate");
        assertThat(badStatus.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(badStatus)).containsExactly("status");
        assertThat(municipalWithoutCode.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(municipalWithoutCode)).containsExactly("municipalityCode");
        assertThat(year(get("/api/grants/" + grant, REVIEWER).getBody(), 2014).path("status").asString())
                .isEqualTo("OPEN");
    }

    @Test
    void amountsAboveTheProgramsLimitsAre422NamingTheField() {
        // given
        String grant = openGrant("plan-shinagawa-limits", SHINAGAWA);
        budgetsPassed(2014, SHINAGAWA);

        // when
        ResponseEntity<JsonNode> tooMuch = post(grant, 2014, "application", SHINAGAWA_STAFF,
                application(40_000_000L, 20_001_000L));
        post(grant, 2014, "application", SHINAGAWA_STAFF, application(40_000_000L, 20_000_000L));
        post(grant, 2014, "decision", APPROVER, "{\"decisionDate\": \"2014-05-15\", \"amountYen\": 15000000}");
        ResponseEntity<JsonNode> advanceAboveDecision = post(grant, 2014, "payments", APPROVER,
                "{\"paymentDate\": \"2014-06-02\", \"amountYen\": 15001000}");

        // then
        assertThat(tooMuch.getStatusCode().value()).isEqualTo(422);
        assertThat(tooMuch.getBody().path("type").asString()).endsWith("/problems/amount-above-limit");
        assertThat(fields(tooMuch)).containsExactly("requestedAmountYen");
        assertThat(advanceAboveDecision.getStatusCode().value()).isEqualTo(422);
        assertThat(advanceAboveDecision.getBody().path("type").asString())
                .endsWith("/problems/payment-above-outstanding");
        assertThat(fields(advanceAboveDecision)).containsExactly("amountYen");
        assertThat(year(get("/api/grants/" + grant, REVIEWER).getBody(), 2014).path("paidYen").asLong()).isZero();
    }

    @Test
    void budgetResolutionsInEitherOrderOpenTheYearAlsoForAGrantOpenedAfterThem() {
        // given: the Metropolitan Assembly first, then 品川区議会, and only then the approval
        Instant start = Instant.now();
        recordResolution(2014, "METROPOLITAN", null, "2014-03-27");
        recordResolution(2014, "MUNICIPAL", SHINAGAWA, "2014-03-28");

        // when
        clock.setDate(LocalDate.of(2014, 4, 1));
        String grant = openGrant("plan-shinagawa-late", SHINAGAWA);
        ResponseEntity<JsonNode> again = http().post().uri("/api/budget-resolutions")
                .header("Authorization", APPROVER).body("""
                        {"fiscalYear": 2014, "assembly": "METROPOLITAN", "resolutionDate": "2014-03-28",
                         "budgetedAmountYen": 1000}""")
                .retrieve().toEntity(JsonNode.class);

        // then
        JsonNode fy2014 = year(get("/api/grants/" + grant, SHINAGAWA_STAFF).getBody(), 2014);
        assertThat(fy2014.path("status").asString()).isEqualTo("OPEN");
        assertThat(fy2014.path("openedOn").asString()).isEqualTo("2014-04-01");
        assertThat(fy2014.path("municipalResolutionDate").asString()).isEqualTo("2014-03-28");
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody().path("type").asString()).endsWith("/problems/budget-resolution-already-recorded");
        JsonNode seenByShinagawa = get("/api/budget-resolutions?fiscalYear=2014", SHINAGAWA_STAFF).getBody();
        assertThat(seenByShinagawa).extracting(r -> r.path("municipalityName").asString())
                .containsExactly("東京都", "品川区");
        assertThat(get("/api/budget-resolutions?fiscalYear=2014", HACHIOJI_STAFF).getBody())
                .extracting(r -> r.path("assembly").asString()).containsExactly("METROPOLITAN");
        assertThat(KafkaTopics.await(Topics.GRANT_EVENTS, 2, r -> isOf(r, grant, start), Duration.ofSeconds(60)))
                .extracting(r -> KafkaTopics.header(r, EventHeaders.EVENT_TYPE))
                .containsExactly(EventTypes.GRANT_OPENED, EventTypes.GRANT_YEAR_OPENED);
    }

    @Test
    void theSummaryShowsPerMunicipalityWhatWasDecidedConfirmedPaidAndOutstanding() {
        // given: 品川区 decided ¥20,000,000 and paid ¥5,000,000 in advance; 八王子市 decided ¥10,000,000
        String shinagawa = openGrant("plan-shinagawa-summary", SHINAGAWA);
        String hachioji = openGrant("plan-hachioji-summary", HACHIOJI);
        budgetsPassed(2014, SHINAGAWA, HACHIOJI);
        post(shinagawa, 2014, "application", SHINAGAWA_STAFF, application(40_000_000L, 20_000_000L));
        post(shinagawa, 2014, "decision", APPROVER, "{\"decisionDate\": \"2014-05-15\", \"amountYen\": 20000000}");
        post(shinagawa, 2014, "payments", APPROVER, "{\"paymentDate\": \"2014-06-02\", \"amountYen\": 5000000}");
        post(hachioji, 2014, "application", HACHIOJI_STAFF, application(20_000_000L, 10_000_000L));
        post(hachioji, 2014, "decision", APPROVER, "{\"decisionDate\": \"2014-05-16\", \"amountYen\": 10000000}");

        // when
        JsonNode summary = get("/api/grants/summary?fiscalYear=2014", REVIEWER).getBody();

        // then
        assertThat(summary.path("fiscalYearLabel").asString()).isEqualTo("平成26年度");
        assertThat(summary.path("municipalities")).extracting(line -> line.path("municipalityName").asString())
                .containsExactly("品川区", "八王子市");
        JsonNode shinagawaLine = summary.path("municipalities").path(0);
        assertThat(shinagawaLine.path("decidedYen").asLong()).isEqualTo(20_000_000L);
        assertThat(shinagawaLine.path("paidYen").asLong()).isEqualTo(5_000_000L);
        assertThat(shinagawaLine.path("outstandingYen").asLong()).isEqualTo(15_000_000L);
        assertThat(summary.at("/total/decidedYen").asLong()).isEqualTo(30_000_000L);
        assertThat(summary.at("/total/confirmedYen").asLong()).isZero();
        assertThat(summary.at("/total/outstandingYen").asLong()).isEqualTo(25_000_000L);
        assertThat(get("/api/grants/summary?fiscalYear=2014", SHINAGAWA_STAFF).getStatusCode().value())
                .isEqualTo(403);
    }

    @Test
    void aGrantKeepsTheProgramParametersItWasOpenedWith() {
        // given: a grant opened while the program's cap was ¥10,000,000; the configuration now says ¥100,000,000
        GrantProperties.Program lowerCap = new GrantProperties.Program("1/2", 10_000_000L, 1_000L, 30, 20);
        GrantOpening openingUnderLowerCap = new GrantOpening(grants, budgets, outbox,
                new GrantProperties(lowerCap, properties.documents(), properties.schedule()), clock);
        String grant = openGrant(openingUnderLowerCap, "plan-shinagawa-cap", SHINAGAWA);
        budgetsPassed(2014, SHINAGAWA);

        // when
        ResponseEntity<JsonNode> aboveOldCap = post(grant, 2014, "application", SHINAGAWA_STAFF,
                application(40_000_000L, 20_000_000L));

        // then
        assertThat(properties.program().annualCapYen()).isEqualTo(100_000_000L);
        assertThat(aboveOldCap.getStatusCode().value()).isEqualTo(422);
        assertThat(aboveOldCap.getBody().path("detail").asString()).contains("10000000");
        assertThat(get("/api/grants/" + grant, REVIEWER).getBody().at("/terms/annualCapYen").asLong())
                .isEqualTo(10_000_000L);
        assertThat(mongo.findById(grant, GrantDocument.class).terms().annualCapYen()).isEqualTo(10_000_000L);
    }

    @Test
    void theApiIsDocumentedWithoutAToken() {
        // when
        ResponseEntity<JsonNode> docs = http().get().uri("/v3/api-docs").retrieve().toEntity(JsonNode.class);

        // then
        assertThat(docs.getStatusCode().value()).isEqualTo(200);
        assertThat(docs.getBody().path("paths").propertyNames()).contains("/api/grants", "/api/grants/summary",
                "/api/grants/{id}/years/{fiscalYear}/decision", "/api/budget-resolutions");
    }

    private void budgetsPassed(int fiscalYear, String... municipalityCodes) {
        recordResolution(fiscalYear, "METROPOLITAN", null, fiscalYear + "-03-27");
        for (String code : municipalityCodes) {
            recordResolution(fiscalYear, "MUNICIPAL", code, fiscalYear + "-03-18");
        }
    }

    private static String application(long eligibleCostYen, long requestedAmountYen) {
        return """
                {"applicationDate": "2014-04-15", "eligibleCostYen": %d, "requestedAmountYen": %d,
                 "breakdown": [{"measureNumber": 1, "projectName": "成長産業参入等支援事業", "eligibleCostYen": %d}]}
                """.formatted(eligibleCostYen, requestedAmountYen, eligibleCostYen);
    }

    private ResponseEntity<JsonNode> post(String grantId, int fiscalYear, String step, String token, String body) {
        return http().post().uri("/api/grants/{id}/years/{fy}/{step}", grantId, fiscalYear, step)
                .header("Authorization", token).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .retrieve().toEntity(JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path, String token) {
        return http().get().uri(path).header("Authorization", token).retrieve().toEntity(JsonNode.class);
    }

    private static JsonNode year(JsonNode grant, int fiscalYear) {
        for (JsonNode year : grant.path("years")) {
            if (year.path("fiscalYear").asInt() == fiscalYear) {
                return year;
            }
        }
        throw new AssertionError("no fiscal year " + fiscalYear + " in " + grant);
    }

    private static List<String> fields(ResponseEntity<JsonNode> problem) {
        return problem.getBody().path("errors").valueStream().map(e -> e.path("field").asString()).toList();
    }

    private static boolean isOf(ConsumerRecord<String, byte[]> record, String grantId, Instant start) {
        return record.timestamp() >= start.toEpochMilli() && grantId.equals(record.key());
    }
}
