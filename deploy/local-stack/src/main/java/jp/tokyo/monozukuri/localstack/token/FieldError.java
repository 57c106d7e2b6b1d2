package jp.tokyo.monozukuri.localstack.token;

/** One offending field of a token request, named as in the request JSON (e.g. {@code roles[1]}). */
record FieldError(String field, String message) {
}
