package jp.tokyo.monozukuri.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tokyo.monozukuri.plan.persistence.PlanDocument;
import jp.tokyo.monozukuri.testsupport.Fixtures;
import jp.tokyo.monozukuri.testsupport.RealInfrastructure;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one Spring context of plan-service's integration tests: the whole service on a real broker and store.
 * Every integration test class extends this, so the context (and its broker connection) is built once.
 */
@RealInfrastructure
@SpringBootTest(classes = {PlanServiceApplication.class, PlanServiceIntegrationTest.TestTime.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // retries of a failing consumer in tests: quick, still more than one
        "spring.cloud.stream.bindings.approvalEvents-in-0.consumer.back-off-initial-interval=100",
        "spring.cloud.stream.bindings.approvalEvents-in-0.consumer.back-off-max-interval=200",
        "outbox.poll-interval=100ms",
        "logging.level.org.apache.kafka=warn",
        "logging.level.kafka=warn",
        "logging.level.org.apache.kafka.clients.NetworkClient=error",
        "logging.level.state.change.logger=warn"})
public abstract class PlanServiceIntegrationTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

    /** Every test starts without plans, so that the overlap rule and list counts see only its own. */
    @BeforeEach
    void startWithoutPlans() {
        mongo.remove(new Query(), PlanDocument.COLLECTION);
    }

    /** The program's 2014 time instead of the system clock. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestTime {

        @Bean
        Clock clock() {
            return new TickingClock();
        }

    }

    /** The same plan for the period starting at {@code startFiscalYear}, its planned costs moved along. */
    protected static ObjectNode referencePlan(String municipalityCode, int startFiscalYear) {
        ObjectNode plan = referencePlan(municipalityCode);
        int shift = startFiscalYear - plan.get("startFiscalYear").asInt();
        plan.put("startFiscalYear", startFiscalYear).put("endFiscalYear", plan.get("endFiscalYear").asInt() + shift);
        for (JsonNode measure : plan.get("measures")) {
            for (JsonNode project : measure.get("projects")) {
                for (JsonNode cost : project.get("plannedCosts")) {
                    ((ObjectNode) cost).put("fiscalYear", cost.get("fiscalYear").asInt() + shift);
                }
            }
        }
        return plan;
    }

    /** One of the four plans of the 2014-03-13 press release, as the create request of the reference fixture. */
    protected static ObjectNode referencePlan(String municipalityCode) {
        ArrayNode plans = (ArrayNode) JSON.readTree(Fixtures.resource("fixtures/reference/plans-2014-03-13.json"));
        for (JsonNode plan : plans) {
            if (plan.get("municipalityCode").asString().equals(municipalityCode)) {
                return (ObjectNode) plan.deepCopy();
            }
        }
        throw new IllegalArgumentException("no reference plan of " + municipalityCode);
    }

    protected Response call(HttpMethod method, String path, String token, Object body, Map<String, String> headers) {
        RestClient.RequestBodySpec request = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { })
                .build()
                .method(method).uri(path);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, token);
        }
        headers.forEach(request::header);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .body(body instanceof String text ? text : JSON.writeValueAsString(body));
        }
        ResponseEntity<String> response = request.retrieve().toEntity(String.class);
        String text = response.getBody();
        return new Response(response.getStatusCode().value(), response.getHeaders(),
                text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text));
    }

    protected Response get(String path, String token) {
        return call(HttpMethod.GET, path, token, null, Map.of());
    }

    protected Response post(String path, String token, Object body) {
        return call(HttpMethod.POST, path, token, body, Map.of());
    }

    protected Response put(String path, String token, Object body, String ifMatch) {
        return call(HttpMethod.PUT, path, token, body, ifMatch == null ? Map.of() : Map.of(HttpHeaders.IF_MATCH, ifMatch));
    }

    /** Creates a plan and returns its id. */
    protected String create(String token, JsonNode plan) {
        Response created = post("/api/plans", token, plan);
        assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    protected Response submit(String id, String token) {
        return post("/api/plans/" + id + "/submit", token, null);
    }

    protected String createAndSubmit(String token, JsonNode plan) {
        String id = create(token, plan);
        Response submitted = submit(id, token);
        assertThat(submitted.status()).as("submit: %s", submitted.body()).isEqualTo(200);
        return id;
    }

    protected static String uniqueSubject() {
        return "planner-" + UUID.randomUUID();
    }

    public record Response(int status, HttpHeaders headers, JsonNode body) {

        public String etag() {
            return headers.getETag();
        }

        /** The field names of a problem's {@code errors}. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            body.path("errors").forEach(e -> fields.add(e.get("field").asString()));
            return fields;
        }

        public String problemType() {
            return body.path("type").asString();
        }
    }
}
