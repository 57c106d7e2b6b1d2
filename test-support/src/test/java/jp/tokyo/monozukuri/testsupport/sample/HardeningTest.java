package jp.tokyo.monozukuri.testsupport.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.tokyo.monozukuri.infrastructure.security.Role;
import jp.tokyo.monozukuri.testsupport.RawHttp;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What every service refuses through the shared plumbing (issue 14): coerced JSON values and duplicate keys,
 * control and format characters, pages past what an int counts, tokens without roles, with mixed roles, for
 * another audience or from another issuer; errors from outside Spring MVC as problems; management on its own port.
 */
class HardeningTest extends SampleServiceTest {

    private static final String SHINAGAWA = TestTokens.municipality(TestTokens.SHINAGAWA);

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"amountYen\": 19999999.99}", "{\"amountYen\": 1.7}", "{\"amountYen\": 1e3}", "{\"amountYen\": \"2017\"}",
            "{\"amountYen\": true}", "{\"amountYen\": \"\"}"})
    void aNumberIsAJsonIntegerAndNothingElse(String body) {
        ResponseEntity<Map> response = post("/api/ledgers/" + TestTokens.SHINAGAWA + "/entries", SHINAGAWA, body);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().get("errors").toString()).contains("field=amountYen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"title\": 12}", "{\"title\": 1.5}", "{\"title\": true}",
            "{\"title\": \"t\", \"fiscalYear\": \"2017\"}", "{\"title\": \"t\", \"urgent\": \"true\"}",
            "{\"title\": \"t\", \"urgent\": 1}"})
    void aStringIsAJsonStringAndABooleanABoolean(String body) {
        ResponseEntity<Map> response = post(notes(), SHINAGAWA, body);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("errors").toString()).containsAnyOf("field=title", "field=fiscalYear",
                "field=urgent");
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        ResponseEntity<Map> entry = post("/api/ledgers/" + TestTokens.SHINAGAWA + "/entries", SHINAGAWA,
                "{\"amountYen\": 1000, \"amountYen\": 1}");
        ResponseEntity<Map> note = post(notes(), SHINAGAWA, "{\"title\": \"a\", \"text\": \"b\", \"title\": \"c\"}");

        assertThat(entry.getStatusCode().value()).isEqualTo(400);
        assertThat(entry.getBody().get("errors").toString()).contains("field=amountYen");
        assertThat(note.getStatusCode().value()).isEqualTo(400);
        assertThat(note.getBody().get("errors").toString()).contains("field=title");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u001b[31m", "\\t", "\\n", "\\r", "\\u0085", "\\u009b", "\\u2028", "\\u2029",
            "\\u202e", "\\u2066", "\\u200b", "\\u200e", "\\ufeff", "\\ud800", "\\udc00"})
    void aSingleLineFieldRefusesEveryControlAndFormatCharacterAndLoneSurrogates(String escape) {
        ResponseEntity<Map> response = post(notes(), SHINAGAWA, "{\"title\": \"品川" + escape + "区\"}");
        ResponseEntity<Map> inList = post(notes(), SHINAGAWA,
                "{\"title\": \"t\", \"tags\": [\"ok\", \"a" + escape + "b\"]}");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("errors").toString()).contains("field=title");
        assertThat(inList.getStatusCode().value()).isEqualTo(400);
        assertThat(inList.getBody().get("errors").toString()).contains("field=tags[1]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u001b[2J", "\\u0007", "\\r", "\\u0085", "\\u009b", "\\u2028", "\\u202e",
            "\\u200b", "\\ud800"})
    void aMultiLineFieldRefusesControlsButLineBreaksAndTabs(String escape) {
        ResponseEntity<Map> response = post(notes(), SHINAGAWA, "{\"title\": \"t\", \"text\": \"一行目" + escape + "\"}");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("errors").toString()).contains("field=text");
    }

    @Test
    void aMultiLineFieldTakesLineBreaksTabsAndSurrogatePairs() {
        ResponseEntity<Map> response = post(notes(), SHINAGAWA,
                "{\"title\": \"𠮷野家\", \"text\": \"一行目\\n二行目\\r\\n\\t三行目 \\ud842\\udfb7\"}");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).containsEntry("text", "一行目\n二行目\r\n\t三行目 𠮷");
    }

    @Test
    void aTitleOfInvisibleCharactersIsNotATitle() {
        ResponseEntity<Map> response = post(notes(), SHINAGAWA, "{\"title\": \"\\u200b\\u200b\\u3000\"}");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("errors").toString()).contains("field=title");
    }

    @Test
    void aPageBeyondWhatAnIntCountsIsA400NamingPage() {
        assertThat(get("/api/ledgers?page=21474835&size=100", SHINAGAWA).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<Map> tooFar = get("/api/ledgers?page=21474836&size=100", SHINAGAWA);
        ResponseEntity<Map> wrapping = get("/api/ledgers?page=2147483647&size=2", SHINAGAWA);

        assertThat(tooFar.getStatusCode().value()).isEqualTo(400);
        assertThat(tooFar.getBody().get("errors").toString()).contains("field=page");
        assertThat(wrapping.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void aTokenWithoutRolesGetsNothing() {
        ResponseEntity<Map> list = get("/api/ledgers", TestTokens.withoutRoles(TestTokens.SHINAGAWA));
        ResponseEntity<Map> own = get("/api/ledgers/" + TestTokens.SHINAGAWA, TestTokens.withoutRoles(TestTokens.SHINAGAWA));

        assertThat(list.getStatusCode().value()).isEqualTo(403);
        assertThat(list.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(own.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aTokenMixingMunicipalityAndStaffRolesIsRefused() {
        for (Role staff : new Role[] {Role.REVIEWER, Role.APPROVER, Role.ADMIN}) {
            ResponseEntity<Map> response = get("/api/ledgers",
                    TestTokens.of("mixed", TestTokens.SHINAGAWA, Role.MUNICIPALITY, staff));
            assertThat(response.getStatusCode().value()).as(staff.name()).isEqualTo(403);
            assertThat((String) response.getBody().get("detail")).contains("may not combine MUNICIPALITY");
            assertThat(response.getBody()).containsEntry("instance", "/api/ledgers");
        }
        assertThat(get("/api/ledgers", TestTokens.of("tokyo", null, Role.REVIEWER, Role.APPROVER)).getStatusCode()
                .value()).isEqualTo(200);
    }

    @Test
    void aMunicipalityTokenWithoutItsCodeIsRefused() {
        assertThat(get("/api/ledgers", TestTokens.of("nobody", null, Role.MUNICIPALITY)).getStatusCode().value())
                .isEqualTo(403);
    }

    @Test
    void aTokenForAnotherAudienceOrFromAnotherIssuerIs401() {
        assertThat(get("/api/ledgers", TestTokens.forAudience("another-system")).getStatusCode().value()).isEqualTo(401);
        assertThat(get("/api/ledgers", TestTokens.fromIssuer("https://elsewhere.example")).getStatusCode().value())
                .isEqualTo(401);
        assertThat(get("/api/ledgers", TestTokens.forAudience(TestTokens.AUDIENCE)).getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void aFilterLevel401IsAProblemWithoutNullMembers() {
        RawHttp.Response response = RawHttp.exchange(port, "GET /api/ledgers HTTP/1.1\r\nHost: localhost\r\n", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("null").contains("\"instance\":\"/api/ledgers\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/ledgers/a%2Fb HTTP/1.1", "GET /api/ledgers/a%00b HTTP/1.1",
            "GET /api/ledgers/a%5cb HTTP/1.1", "TRACE /api/ledgers HTTP/1.1", "GET /api/../../etc/passwd HTTP/1.1",
            "GET /api/ledgers/%ZZ HTTP/1.1"})
    void whatTomcatRefusesItselfIsAProblemToo(String requestLine) {
        RawHttp.Response response = RawHttp.exchange(port, requestLine + "\r\nHost: localhost\r\n"
                + "Authorization: " + SHINAGAWA + "\r\n", null);

        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + response.status()).doesNotContain("Tomcat", "<html");
        if (requestLine.startsWith("TRACE")) {
            assertThat(response.status()).isEqualTo(405);
        }
    }

    @Test
    void aHeaderLargerThanTomcatTakesIsAProblem() {
        RawHttp.Response response = RawHttp.exchange(port, "GET /api/ledgers HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Padding: " + "a".repeat(20_000) + "\r\n", null);

        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void managementIsOnItsOwnPortWithDetailsOnlyForAnAdmin() {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(http().get().uri("/actuator/prometheus").retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(404);
        assertThat(http().get().uri("/actuator/health").retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(404);
        assertThat(management().get().uri("/actuator/prometheus").retrieve().toBodilessEntity().getStatusCode()
                .value()).isEqualTo(200);

        Map anonymous = management().get().uri("/actuator/health").retrieve().body(Map.class);
        Map admin = management().get().uri("/actuator/health").header("Authorization", TestTokens.admin())
                .retrieve().body(Map.class);
        Map kafka = management().get().uri("/actuator/health/kafka").header("Authorization", TestTokens.admin())
                .retrieve().body(Map.class);
        Map readiness = management().get().uri("/actuator/health/readiness").header("Authorization",
                TestTokens.admin()).retrieve().body(Map.class);

        assertThat(anonymous).containsOnlyKeys("status", "groups");
        assertThat(admin).containsKey("components");
        assertThat(kafka.get("components").toString()).contains("binders");
        assertThat(readiness.get("components").toString()).contains("store").doesNotContain("binders");
    }

    private static String notes() {
        return "/api/ledgers/" + TestTokens.SHINAGAWA + "/notes";
    }

    private ResponseEntity<Map> get(String path, String token) {
        return http().get().uri(path).header("Authorization", token).retrieve().toEntity(Map.class);
    }

    private ResponseEntity<Map> post(String path, String token, String json) {
        return http().post().uri(path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .body(json).retrieve().toEntity(Map.class);
    }
}
