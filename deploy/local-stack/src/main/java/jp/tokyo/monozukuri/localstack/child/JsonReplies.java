package jp.tokyo.monozukuri.localstack.child;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Answers of the stack's small HTTP endpoints (token issuer, control port): JSON, and RFC 9457 problems. */
public final class JsonReplies {

    /** The services' problem type base, so that every problem of the stack reads alike. */
    public static final String PROBLEM_BASE = "https://monozukuri-grants.metro.tokyo.example/problems/";

    private JsonReplies() {
    }

    public static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        send(exchange, status, "application/json", JSONObjectUtils.toJSONString(body));
    }

    /** {@code problem}: its {@code type} (under {@link #PROBLEM_BASE}), {@code status}, {@code detail}, …. */
    public static void problem(HttpExchange exchange, int status, Map<String, ?> problem) throws IOException {
        send(exchange, status, "application/problem+json", JSONObjectUtils.toJSONString(problem));
    }

    public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + ";charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
