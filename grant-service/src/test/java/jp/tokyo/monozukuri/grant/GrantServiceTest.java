package jp.tokyo.monozukuri.grant;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.approval.PlanApproved;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.grant.application.GrantOpening;
import jp.tokyo.monozukuri.grant.domain.Grant;
import jp.tokyo.monozukuri.grant.persistence.BudgetResolutionDocument;
import jp.tokyo.monozukuri.grant.persistence.DocumentNumberRegister;
import jp.tokyo.monozukuri.grant.persistence.GrantDocument;
import jp.tokyo.monozukuri.testsupport.RealInfrastructure;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

/**
 * One shared context for every test of grant-service that needs Spring: the service on the real broker and store,
 * its clock set to the day each test replays. Each test starts from empty collections.
 */
@RealInfrastructure
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestTime.class)
public abstract class GrantServiceTest {

    protected static final String SHINAGAWA = TestTokens.SHINAGAWA;
    protected static final String HACHIOJI = TestTokens.HACHIOJI;

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected GrantOpening opening;

    @BeforeEach
    void startFromEmptyCollections() {
        mongo.remove(new Query(), GrantDocument.COLLECTION);
        mongo.remove(new Query(), BudgetResolutionDocument.COLLECTION);
        mongo.remove(new Query(), DocumentNumberRegister.COLLECTION);
        clock.setDate(LocalDate.of(2014, 3, 13));
    }

    /** A client that returns every response, error statuses included, for the test to assert on. */
    protected RestClient http() {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    /** Opens the grant of a plan of FY2014–2016 approved on 2014-03-13, as plan.approved would. */
    protected String openGrant(String planId, String municipalityCode) {
        return openGrant(opening, planId, municipalityCode);
    }

    /** Opens the grant through the given opening, e.g. one configured with other program parameters. */
    protected String openGrant(GrantOpening using, String planId, String municipalityCode) {
        String name = Municipalities.byCode(municipalityCode).orElseThrow().name();
        PlanApproved approved = new PlanApproved(UUID.randomUUID().toString(), planId, 1,
                name + "ものづくり産業基盤強化計画", name, "25産労商地第1号", LocalDate.of(2014, 3, 13), 2014, 2016,
                "tokyo-approver-suzuki");
        using.planApproved(EventEnvelope.create("plan.approved", OffsetDateTime.now(clock),
                "approval-service", planId, municipalityCode, UUID.randomUUID().toString(), approved));
        return Grant.idFor(planId);
    }

    /** 交付申請 of FY2014 of ¥20,000,000 on an eligible cost of ¥40,000,000 in one project. */
    protected static final String APPLICATION_2014 = """
            {"applicationDate": "2014-04-15", "eligibleCostYen": 40000000, "requestedAmountYen": 20000000,
             "breakdown": [{"measureNumber": 1, "projectName": "成長産業参入等支援事業", "eligibleCostYen": 40000000}]}
            """;

    /** Both the Metropolitan Assembly (March 27) and the municipality's (March 18) passed the FY2014 budget. */
    protected void budgetsOf2014Passed(String municipalityCode) {
        recordResolution(2014, "METROPOLITAN", null, "2014-03-27");
        recordResolution(2014, "MUNICIPAL", municipalityCode, "2014-03-18");
    }

    /** Records a budget resolution through the API, as an approver; returns the response body. */
    @SuppressWarnings("unchecked")
    protected Map<String, Object> recordResolution(int fiscalYear, String assembly, String municipalityCode,
            String resolutionDate) {
        String code = municipalityCode == null ? "null" : "\"" + municipalityCode + "\"";
        return http().post().uri("/api/budget-resolutions").header("Authorization", TestTokens.approver("suzuki"))
                .body("""
                        {"fiscalYear": %d, "assembly": "%s", "municipalityCode": %s, "resolutionDate": "%s",
                         "budgetedAmountYen": 400000000}
                        """.formatted(fiscalYear, assembly, code, resolutionDate))
                .retrieve().body(Map.class);
    }
}
