package jp.tokyo.monozukuri.infrastructure.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A problem (RFC 9457) as bytes, for the places outside Spring MVC that answer on their own: the security filters,
 * the servlet container's error report and the error page. Members without a value are left out (never
 * {@code "instance": null}).
 */
public final class ProblemWriter {

    public static final String CONTENT_TYPE = "application/problem+json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {
    }

    public static byte[] json(int status, String slug, String title, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypes.BASE + slug);
        problem.put("title", title);
        problem.put("status", status);
        if (detail != null) {
            problem.put("detail", detail);
        }
        if (instance != null && !instance.isBlank()) {
            problem.put("instance", instance);
        }
        return JSON.writeValueAsBytes(problem);
    }
}
