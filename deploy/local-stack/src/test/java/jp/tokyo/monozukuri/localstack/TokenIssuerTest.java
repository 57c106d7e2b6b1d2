package jp.tokyo.monozukuri.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The development token issuer: signed tokens the services can verify, and clear refusals. */
class TokenIssuerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;

    private static StackPlan plan;
    private static ChildProcess issuer;

    @BeforeAll
    static void startIssuer() throws Exception {
        plan = StackFixture.plan(dataDir);
        issuer = StackFixture.startAndAwait(StackFixture.spec(plan, StackPlan.TOKEN_ISSUER));
    }

    @AfterAll
    static void stopIssuer() throws InterruptedException {
        StackFixture.stop(issuer);
    }

    @Test
    void aMunicipalityOfficerGetsAnRs256TokenThatVerifiesAgainstTheJwks() throws Exception {
        // given a request for a 品川区 officer
        String body = "{\"subject\": \"shinagawa-officer\", \"roles\": [\"MUNICIPALITY\"], \"municipalityCode\": \"131091\"}";

        // when the token is requested
        HttpResponse<String> response = postToken(body);

        // then it is a bearer token for eight hours, signed with the published key, with the claims the services read
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> json = JSONObjectUtils.parse(response.body());
        assertThat(json).containsEntry("token_type", "Bearer").containsEntry("expires_in", 28800L);
        SignedJWT jwt = SignedJWT.parse((String) json.get("access_token"));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(verifiesAgainstJwks(jwt)).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:" + plan.ports().tokenIssuer());
        assertThat(claims.getAudience()).containsExactly("monozukuri-grants");
        assertThat(claims.getSubject()).isEqualTo("shinagawa-officer");
        assertThat(claims.getStringListClaim("roles")).containsExactly("MUNICIPALITY");
        assertThat(claims.getStringClaim("municipality_code")).isEqualTo("131091");
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(28_800_000L);
    }

    @Test
    void tokyoStaffGetTheirRolesAndNoMunicipalityCode() throws Exception {
        HttpResponse<String> response = postToken("{\"subject\": \"reviewer-sato\", \"roles\": [\"REVIEWER\", \"APPROVER\"]}");

        assertThat(response.statusCode()).isEqualTo(200);
        JWTClaimsSet claims = SignedJWT.parse((String) JSONObjectUtils.parse(response.body()).get("access_token"))
                .getJWTClaimsSet();
        assertThat(claims.getStringListClaim("roles")).containsExactlyInAnyOrder("REVIEWER", "APPROVER");
        assertThat(claims.getClaims()).doesNotContainKey("municipality_code");
    }

    @Test
    void anUnknownRoleIsRefusedNamingItsPlaceInTheList() throws Exception {
        HttpResponse<String> response = postToken("{\"subject\": \"someone\", \"roles\": [\"REVIEWER\", \"MAYOR\"]}");

        assertThat(problemFields(response)).containsExactly("roles[1]");
    }

    @Test
    void aRequestWithoutSubjectIsRefused() throws Exception {
        HttpResponse<String> response = postToken("{\"roles\": [\"ADMIN\"]}");

        assertThat(problemFields(response)).containsExactly("subject");
    }

    @Test
    void aRequestWithoutRolesIsRefused() throws Exception {
        HttpResponse<String> response = postToken("{\"subject\": \"someone\", \"roles\": []}");

        assertThat(problemFields(response)).containsExactly("roles");
    }

    @Test
    void aMunicipalityOfficerWithoutMunicipalityCodeIsRefused() throws Exception {
        HttpResponse<String> response = postToken("{\"subject\": \"officer\", \"roles\": [\"MUNICIPALITY\"]}");

        assertThat(problemFields(response)).containsExactly("municipalityCode");
    }

    /** 131092: wrong check digit; 13109: five digits; 271004: 大阪市, well formed but not in Tokyo. */
    @ParameterizedTest
    @ValueSource(strings = {"131092", "13109", "13109A", "271004"})
    void aMalformedOrNonTokyoMunicipalityCodeIsRefused(String code) throws Exception {
        HttpResponse<String> response = postToken(
                "{\"subject\": \"officer\", \"roles\": [\"MUNICIPALITY\"], \"municipalityCode\": \"" + code + "\"}");

        assertThat(problemFields(response)).containsExactly("municipalityCode");
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() throws Exception {
        HttpResponse<String> response = postToken("subject=someone&roles=ADMIN");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void tokensIssuedBeforeARestartStillVerifyAfterIt(@TempDir Path ownDataDir) throws Exception {
        // given a token from an issuer with its own data folder
        StackPlan ownPlan = StackFixture.plan(ownDataDir);
        ChildSpec spec = StackFixture.spec(ownPlan, StackPlan.TOKEN_ISSUER);
        ChildProcess first = StackFixture.startAndAwait(spec);
        String token = (String) JSONObjectUtils.parse(post(ownPlan, "{\"subject\": \"admin\", \"roles\": [\"ADMIN\"]}")
                .body()).get("access_token");

        // when the issuer restarts
        StackFixture.stop(first);
        ChildProcess second = StackFixture.startAndAwait(spec);

        // then its key set still verifies the token
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            RSAKey key = (RSAKey) JWKSet.parse(get(URI.create(ownPlan.tokenIssuerUri() + "/.well-known/jwks.json")))
                    .getKeyByKeyId(jwt.getHeader().getKeyID());
            assertThat(key).isNotNull();
            assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        } finally {
            StackFixture.stop(second);
        }
    }

    private static boolean verifiesAgainstJwks(SignedJWT jwt) throws Exception {
        JWKSet keys = JWKSet.parse(get(URI.create(plan.tokenIssuerUri() + "/.well-known/jwks.json")));
        assertThat(keys.getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        return key != null && jwt.verify(new RSASSAVerifier(key));
    }

    @SuppressWarnings("unchecked")
    private static List<String> problemFields(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Map<String, Object> problem = JSONObjectUtils.parse(response.body());
        assertThat(problem).containsEntry("status", 400L);
        return ((List<Map<String, Object>>) problem.get("errors")).stream()
                .map(error -> (String) error.get("field")).toList();
    }

    private static HttpResponse<String> postToken(String body) throws Exception {
        return post(plan, body);
    }

    private static HttpResponse<String> post(StackPlan target, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(target.tokenIssuerUri() + "/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
