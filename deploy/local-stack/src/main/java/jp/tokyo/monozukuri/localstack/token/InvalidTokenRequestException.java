package jp.tokyo.monozukuri.localstack.token;

import java.util.List;
import java.util.stream.Collectors;

/** A token request the issuer refuses; answered with 400 and a problem naming every offending field. */
final class InvalidTokenRequestException extends Exception {

    private final transient List<FieldError> errors;

    InvalidTokenRequestException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
