package jp.tokyo.monozukuri.approval;

import java.net.URI;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tokyo.monozukuri.approval.application.ReviewIntake;
import jp.tokyo.monozukuri.approval.persistence.ReviewStore;
import jp.tokyo.monozukuri.approval.persistence.StoredReview;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.testsupport.Fixtures;
import jp.tokyo.monozukuri.testsupport.RealInfrastructure;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

import org.springframework.web.client.RestClient;

/**
 * The one Spring context of approval-service's integration tests: the whole service on a real Kafka broker and
 * a real MongoDB-protocol store over TCP, with a clock the tests set. Every test class extends this, so the
 * context starts once.
 *
 * <p>Document numbers are per fiscal year and the store is shared by all test classes, so each class decides
 * in a fiscal year of its own: FY2013 (the press release of 2014-03-13) belongs to the end-to-end test.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ApprovalServiceIntegrationTest.TestTime.class)
public abstract class ApprovalServiceIntegrationTest {

    protected static final PlanRevision SHINAGAWA = Fixtures.envelope(EventTypes.PLAN_SUBMITTED, PlanSubmitted.class)
            .payload().plan();

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected ReviewIntake intake;

    @Autowired
    protected ReviewStore reviews;

    /** The clock the tests set. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestTime {

        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }

    /** A client that returns every response, error statuses included, for the test to assert on. */
    protected RestClient http() {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    /** A plan of the program with a fresh id, as plan-service would submit it. */
    protected static PlanRevision planOf(PlanRevision template, String planId, int revision) {
        return planOf(template, planId, revision, template.municipalityCode(), template.municipalityName());
    }

    /** The same plan, as if another municipality had written it. */
    protected static PlanRevision planOf(PlanRevision template, String planId, int revision, String municipalityCode,
            String municipalityName) {
        return new PlanRevision(planId, revision, municipalityCode, municipalityName,
                template.title(), template.targetArea(), template.startFiscalYear(), template.endFiscalYear(),
                template.summary(), template.measures(), template.figures(), template.contact(),
                template.submittedAt(), template.submittedBy());
    }

    protected static String newPlanId(String municipality) {
        return "plan-" + municipality + "-" + UUID.randomUUID();
    }

    /** Opens the review of {@code plan} the way the {@code plan.submitted} consumer does, and returns its id. */
    protected String submitted(PlanRevision plan) {
        intake.receive(EventEnvelope.create(EventTypes.PLAN_SUBMITTED, OffsetDateTime.now(clock), "plan-service",
                plan.planId(), plan.municipalityCode(), UUID.randomUUID().toString(), new PlanSubmitted(plan)));
        return reviews.findByPlanRevision(plan.planId(), plan.revision()).map(StoredReview::review).orElseThrow()
                .id();
    }

    /** A JSON object of a response. */
    protected static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    protected Map<String, Object> post(String path, String token, Object body) {
        return http().post().uri(path).header(HttpHeaders.AUTHORIZATION, token).body(body == null ? Map.of() : body)
                .retrieve().body(JSON);
    }

    /** A JSON object nested in a response. */
    @SuppressWarnings("unchecked")
    protected static Map<String, Object> object(Object json) {
        return (Map<String, Object>) json;
    }

    /** A JSON array of objects nested in a response. */
    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> objects(Object json) {
        return (List<Map<String, Object>>) json;
    }

    protected static List<String> reasons(String... reasons) {
        return List.of(reasons);
    }
}
