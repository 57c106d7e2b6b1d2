package jp.tokyo.monozukuri.infrastructure.problem;

import java.net.URI;

/** Problem {@code type} URIs: one stable URI per kind of error, documented in the README. */
public final class ProblemTypes {

    public static final String BASE = "https://monozukuri-grants.metro.tokyo.example/problems/";

    private ProblemTypes() {
    }

    public static URI uri(String slug) {
        return URI.create(BASE + slug);
    }
}
