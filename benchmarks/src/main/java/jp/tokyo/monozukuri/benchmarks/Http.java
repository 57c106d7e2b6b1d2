package jp.tokyo.monozukuri.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;

/** JSON over HTTP on loopback with a bearer token: the way the portals call the services. */
final class Http {

    /** A response, and how long the exchange took on the caller's clock. */
    record Response(int status, String body, long nanos) {

        JsonNode json() {
            return Json.parse(body);
        }

        Response expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": HTTP " + status + " " + abbreviated(body));
            }
            return this;
        }

        private static String abbreviated(String text) {
            return text == null || text.length() <= 400 ? String.valueOf(text) : text.substring(0, 400) + "…";
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;

    Http() {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newCachedThreadPool(daemon("http-client")))
                .build();
    }

    Response get(String uri, String token) {
        return send(request(uri, token).GET().build());
    }

    /** A plain-text GET without a token (Prometheus answers 406 to a JSON Accept header). */
    Response getText(String uri) {
        return send(HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT).header("Accept", "text/plain").GET().build());
    }

    Response post(String uri, String token, String jsonBody) {
        HttpRequest.BodyPublisher body = jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody);
        return send(request(uri, token).header("Content-Type", "application/json").POST(body).build());
    }

    Response put(String uri, String token, String jsonBody) {
        return send(request(uri, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jsonBody)).build());
    }

    /** Status only, no token: readiness probes. Connection refused counts as not ready (-1). */
    int status(String uri) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static HttpRequest.Builder request(String uri, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
