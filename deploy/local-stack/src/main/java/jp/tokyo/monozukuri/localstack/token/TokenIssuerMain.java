package jp.tokyo.monozukuri.localstack.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import jp.tokyo.monozukuri.localstack.child.JsonReplies;
import jp.tokyo.monozukuri.localstack.child.LauncherChild;
import jp.tokyo.monozukuri.localstack.child.NamedArgs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development token issuer: {@code POST /token} hands out a signed JWT for any subject and roles, and
 * {@code GET /.well-known/jwks.json} serves the key the services verify it with. Loopback only: whoever
 * reaches it can become ADMIN. Usage: {@code TokenIssuerMain --port 8090 --dir DIR/token-issuer
 * [--issuer http://localhost:8090]}.
 */
public final class TokenIssuerMain {

    public static final String TOKEN_PATH = "/token";
    public static final String JWKS_PATH = "/.well-known/jwks.json";
    /** The claim {@code aud} of every token issued: the services accept no other ({@code security.jwt.audience}). */
    public static final String AUDIENCE = "monozukuri-grants";
    private static final String INVALID_REQUEST = "invalid-token-request";
    private static final Logger log = LoggerFactory.getLogger(TokenIssuerMain.class);

    private final TokenIssuer issuer;

    private TokenIssuerMain(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    public static void main(String[] args) throws IOException, JOSEException, ParseException {
        NamedArgs arguments = NamedArgs.parse(args);
        int port = arguments.port("port");
        Path dir = arguments.path("dir");
        String issuerUri = arguments.optional("issuer", "http://localhost:" + port);
        LauncherChild.attachToLauncher();

        TokenIssuerMain api = new TokenIssuerMain(
                new TokenIssuer(SigningKey.loadOrCreate(dir), issuerUri, Clock.systemUTC()));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext(TOKEN_PATH, api::token);
        server.createContext(JWKS_PATH, api::jwks);
        server.createContext("/", exchange -> problem(exchange, 404, "not-found", "Not found",
                "the token issuer serves POST " + TOKEN_PATH + " and GET " + JWKS_PATH, List.of()));
        server.setExecutor(Executors.newFixedThreadPool(4));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            log.info("token issuer stopped");
        }, "token-issuer-shutdown"));
        server.start();
        log.info("token issuer {} listening on {} (keys in {})", issuerUri, server.getAddress(), dir);
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(TOKEN_PATH)) {
                problem(exchange, 404, "not-found", "Not found", "no such path", List.of());
            } else if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                problem(exchange, 405, "method-not-allowed", "Method not allowed", "use POST " + TOKEN_PATH,
                        List.of());
            } else {
                issue(exchange);
            }
        }
    }

    private void issue(HttpExchange exchange) throws IOException {
        try {
            Map<String, Object> body =
                    JSONObjectUtils.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            TokenRequest request = TokenRequest.from(body);
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("access_token", issuer.issue(request));
            response.put("token_type", "Bearer");
            response.put("expires_in", TokenIssuer.LIFETIME.toSeconds());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            JsonReplies.json(exchange, 200, response);
            log.info("issued a token to {} with roles {}{}", request.subject(), request.roles(),
                    request.municipalityCode().map(code -> " for municipality " + code).orElse(""));
        } catch (ParseException e) {
            problem(exchange, 400, INVALID_REQUEST, "Invalid token request",
                    "the body must be a JSON object such as {\"subject\": \"shinagawa-officer\", "
                            + "\"roles\": [\"MUNICIPALITY\"], \"municipalityCode\": \"131091\"}",
                    List.of());
        } catch (InvalidTokenRequestException e) {
            problem(exchange, 400, INVALID_REQUEST, "Invalid token request", e.getMessage(),
                    e.errors().stream().map(error -> Map.<String, Object>of(
                            "field", error.field(), "message", error.message())).toList());
        } catch (JOSEException e) {
            log.error("signing failed", e);
            problem(exchange, 500, "signing-failed", "Signing failed", e.getMessage(), List.of());
        }
    }

    private void jwks(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                problem(exchange, 405, "method-not-allowed", "Method not allowed", "use GET " + JWKS_PATH, List.of());
                return;
            }
            JsonReplies.send(exchange, 200, "application/json", issuer.publicKeys().toString());
        }
    }

    private static void problem(HttpExchange exchange, int status, String slug, String title, String detail,
            List<Map<String, Object>> errors) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", JsonReplies.PROBLEM_BASE + slug);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (!errors.isEmpty()) {
            problem.put("errors", errors);
        }
        JsonReplies.problem(exchange, status, problem);
    }

}
