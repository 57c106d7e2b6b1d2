package jp.tokyo.monozukuri.localstack.scenario;

import java.util.Arrays;

/** An API answered something other than what the scenario needed; the message carries the whole answer. */
public final class UnexpectedResponse extends RuntimeException {

    private final transient ApiResponse response;

    UnexpectedResponse(ApiResponse response, int... expected) {
        super(response.method() + " " + response.path() + " answered " + response.status() + " instead of "
                + Arrays.toString(expected) + ": " + abbreviated(response.body()));
        this.response = response;
    }

    public ApiResponse response() {
        return response;
    }

    private static String abbreviated(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
