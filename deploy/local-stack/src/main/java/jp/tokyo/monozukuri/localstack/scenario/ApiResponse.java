package jp.tokyo.monozukuri.localstack.scenario;

import java.net.http.HttpHeaders;
import java.util.Arrays;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One answer of an API: status, headers and the body as text, read as JSON on demand. */
public record ApiResponse(String method, String path, int status, HttpHeaders headers, String body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public JsonNode json() {
        return JSON.readTree(body);
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    public boolean isProblem() {
        return contentType().startsWith("application/problem+json");
    }

    /** @throws UnexpectedResponse naming the request, the status and the body, when the status is not one of these */
    public ApiResponse expect(int... statuses) {
        if (Arrays.stream(statuses).noneMatch(expected -> expected == status)) {
            throw new UnexpectedResponse(this, statuses);
        }
        return this;
    }
}
