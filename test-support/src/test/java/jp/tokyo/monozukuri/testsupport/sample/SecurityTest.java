package jp.tokyo.monozukuri.testsupport.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class SecurityTest extends SampleServiceTest {

    @BeforeEach
    void shinagawaHasALedger() {
        assertThat(post(TestTokens.SHINAGAWA, TestTokens.municipality(TestTokens.SHINAGAWA)).getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void withoutATokenTheAnswerIs401AsAProblem() {
        ResponseEntity<Map> response = http().get().uri("/api/ledgers/{code}", TestTokens.SHINAGAWA)
                .retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("type",
                "https://monozukuri-grants.metro.tokyo.example/problems/unauthorized");
    }

    @Test
    void aTokenSignedByAnUntrustedKeyOrExpiredIs401() {
        assertThat(get(TestTokens.SHINAGAWA, TestTokens.signedByStranger()).getStatusCode().value()).isEqualTo(401);
        assertThat(get(TestTokens.SHINAGAWA, TestTokens.expired()).getStatusCode().value()).isEqualTo(401);
        assertThat(get(TestTokens.SHINAGAWA, "Bearer not.a.jwt").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void aRoleThatMayNotActIs403() {
        ResponseEntity<Map> response = post(TestTokens.SHINAGAWA, TestTokens.reviewer("reviewer-sato"));
        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getBody()).containsEntry("type",
                "https://monozukuri-grants.metro.tokyo.example/problems/forbidden");
    }

    @Test
    void aMunicipalitySeesItsOwnDataAndNotEvenTheExistenceOfAnothers() {
        assertThat(get(TestTokens.SHINAGAWA, TestTokens.municipality(TestTokens.SHINAGAWA)).getStatusCode().value())
                .isEqualTo(200);
        ResponseEntity<Map> probing = get(TestTokens.SHINAGAWA, TestTokens.municipality(TestTokens.MITAKA));
        assertThat(probing.getStatusCode().value()).isEqualTo(404);
        assertThat(post(TestTokens.SHINAGAWA, TestTokens.municipality(TestTokens.MITAKA)).getStatusCode().value())
                .isEqualTo(404);
        assertThat(get(TestTokens.SHINAGAWA, TestTokens.reviewer("reviewer-sato")).getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void healthAndApiDocsNeedNoToken() {
        ResponseEntity<Map> readiness = management().get().uri("/actuator/health/readiness").retrieve()
                .toEntity(Map.class);
        assertThat(readiness.getStatusCode().value()).isEqualTo(200);
        assertThat(readiness.getBody()).containsEntry("status", "UP");
        assertThat(management().get().uri("/actuator/health/liveness").retrieve().toBodilessEntity().getStatusCode()
                .value())
                .isEqualTo(200);
        assertThat(http().get().uri("/v3/api-docs").retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void malformedInputIsA400ProblemNamingTheField() {
        ResponseEntity<Map> response = http().post().uri("/api/ledgers/{code}/entries", TestTokens.SHINAGAWA)
                .header("Authorization", TestTokens.municipality(TestTokens.SHINAGAWA))
                .contentType(MediaType.APPLICATION_JSON).body("{\"amountYen\": \"many\"}")
                .retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).containsEntry("type",
                "https://monozukuri-grants.metro.tokyo.example/problems/validation");
        assertThat(response.getBody().get("errors").toString()).contains("field=amountYen");
    }

    @Test
    void aFieldTheApiDoesNotKnowIsA400ProblemNamingItAndChangesNothing() {
        // given Shinagawa's ledger as it stands
        Object entriesBefore = get(TestTokens.SHINAGAWA, TestTokens.municipality(TestTokens.SHINAGAWA)).getBody()
                .get("entries");

        // when an entry arrives with a field the API does not read
        ResponseEntity<Map> response = http().post().uri("/api/ledgers/{code}/entries", TestTokens.SHINAGAWA)
                .header("Authorization", TestTokens.municipality(TestTokens.SHINAGAWA))
                .contentType(MediaType.APPLICATION_JSON).body("{\"amountYen\": 1000, \"approved\": true}")
                .retrieve().toEntity(Map.class);

        // then it is refused, naming the field, and the ledger is as it was
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("errors").toString()).contains("field=approved");
        assertThat(get(TestTokens.SHINAGAWA, TestTokens.municipality(TestTokens.SHINAGAWA)).getBody().get("entries"))
                .isEqualTo(entriesBefore);
    }

    @Test
    void aUrlTheFirewallRefusesIsA400Problem() {
        // a ";" smuggled into an id, encoded so that it reaches the service's firewall
        ResponseEntity<Map> response = http().get()
                .uri(java.net.URI.create("http://localhost:" + port + "/api/ledgers/131091%3B%20DROP%20TABLE"))
                .header("Authorization", TestTokens.municipality(TestTokens.SHINAGAWA))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("type",
                "https://monozukuri-grants.metro.tokyo.example/problems/rejected-request");
    }

    private ResponseEntity<Map> get(String code, String token) {
        return http().get().uri("/api/ledgers/{code}", code).header("Authorization", token)
                .retrieve().toEntity(Map.class);
    }

    private ResponseEntity<Map> post(String code, String token) {
        return http().post().uri("/api/ledgers/{code}/entries", code).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("amountYen", 1000))
                .retrieve().toEntity(Map.class);
    }
}
