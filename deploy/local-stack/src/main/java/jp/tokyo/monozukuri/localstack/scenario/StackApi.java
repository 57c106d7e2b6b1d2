package jp.tokyo.monozukuri.localstack.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import jp.tokyo.monozukuri.localstack.StackEndpoints;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST APIs of a running stack as a portal calls them: JSON over HTTP with a bearer token from the stack's
 * token issuer, one token per {@link Actor}. A service that cannot be reached is an {@link UncheckedIOException}.
 */
public final class StackApi {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);

    private final StackEndpoints endpoints;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<Actor, String> tokens = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();

    public StackApi(StackEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    public StackEndpoints endpoints() {
        return endpoints;
    }

    public JsonMapper json() {
        return json;
    }

    /** Requests sent so far (tokens included), answered or not. */
    public long requestCount() {
        return requests.get();
    }

    /** Answers with a 5xx status so far. */
    public long serverErrorCount() {
        return serverErrors.get();
    }

    /** {@code Bearer <jwt>} for the actor, issued once and kept (tokens live 8 hours). */
    public String bearer(Actor actor) {
        return "Bearer " + tokens.computeIfAbsent(actor, this::issue);
    }

    private String issue(Actor actor) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("subject", actor.subject());
        request.put("roles", actor.roles());
        if (actor.municipalityCode() != null) {
            request.put("municipalityCode", actor.municipalityCode());
        }
        ApiResponse response = exchange("POST", endpoints.tokenIssuer(), "/token",
                Map.of("Content-Type", "application/json"), json.writeValueAsBytes(request)).expect(200);
        return response.json().path("access_token").asString();
    }

    public ApiResponse get(URI service, String path, Actor actor) {
        return exchange("GET", service, path, authorization(actor), null);
    }

    /** @param body anything Jackson writes as JSON (a tree, a map, a record); null for no body */
    public ApiResponse post(URI service, String path, Actor actor, Object body) {
        return exchange("POST", service, path, jsonHeaders(actor, null), body == null ? null : json.writeValueAsBytes(body));
    }

    /**
     * A POST that moves money or issues a document, under an {@code Idempotency-Key}: sent again with the same key,
     * it is answered with the first answer and changes nothing more.
     */
    public ApiResponse post(URI service, String path, Actor actor, Object body, String idempotencyKey) {
        Map<String, String> headers = jsonHeaders(actor, null);
        headers.put("Idempotency-Key", idempotencyKey);
        return exchange("POST", service, path, headers, body == null ? null : json.writeValueAsBytes(body));
    }

    public ApiResponse put(URI service, String path, Actor actor, Object body, String ifMatch) {
        return exchange("PUT", service, path, jsonHeaders(actor, ifMatch), json.writeValueAsBytes(body));
    }

    /** Reads a JSON answer that must be 200. */
    public JsonNode read(URI service, String path, Actor actor) {
        return get(service, path, actor).expect(200).json();
    }

    /**
     * Any request, exactly as given: the method, headers and bytes of the body (null for none).
     *
     * @throws UncheckedIOException when the service cannot be reached or the connection breaks
     */
    public ApiResponse exchange(String method, URI service, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.resolve(path)).timeout(REQUEST_TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        requests.incrementAndGet();
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 500) {
                serverErrors.incrementAndGet();
            }
            return new ApiResponse(method, path, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + service.resolve(path) + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + method + " " + path, e);
        }
    }

    private Map<String, String> authorization(Actor actor) {
        return actor == null ? Map.of() : Map.of("Authorization", bearer(actor));
    }

    private Map<String, String> jsonHeaders(Actor actor, String ifMatch) {
        Map<String, String> headers = new LinkedHashMap<>(authorization(actor));
        headers.put("Content-Type", "application/json");
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return headers;
    }

    /**
     * Asks {@code probe} every 200 ms until it has an answer: what the asynchronous part of the system (events
     * between services) has not done yet is empty, and so is a service that cannot be reached at the moment.
     *
     * @throws IllegalStateException naming {@code what} (and the last failure) when {@code timeout} passes first
     */
    public static <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(timeout);
        RuntimeException lastFailure = null;
        while (true) {
            try {
                Optional<T> answer = probe.get();
                if (answer.isPresent()) {
                    return answer.get();
                }
            } catch (UncheckedIOException | UnexpectedResponse e) {
                lastFailure = e;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not within " + timeout.toSeconds() + " s: " + what
                        + (lastFailure == null ? "" : " (last failure: " + lastFailure.getMessage() + ")"), lastFailure);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting: " + what, e);
            }
        }
    }
}
