package jp.tokyo.monozukuri.infrastructure.idempotency;

import java.util.List;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import jp.tokyo.monozukuri.infrastructure.problem.FieldViolation;

/** The answers of the Idempotency-Key draft, as problems. */
final class IdempotencyProblems {

    private IdempotencyProblems() {
    }

    /** 428: this request moves money and may only be sent with a key. */
    static final class KeyRequired extends ApiProblem {
        KeyRequired(String method, String path) {
            super(428, "idempotency-key-required", "Idempotency-Key required", method + " " + path
                    + " moves money: send it with an Idempotency-Key header (a new unique value per operation, the"
                    + " same value when retrying it)",
                    List.of(new FieldViolation(Idempotent.HEADER, "is required")));
        }
    }

    /** 400: a key that is empty, too long or not printable ASCII. */
    static final class KeyInvalid extends ApiProblem {
        KeyInvalid() {
            super(400, "idempotency-key-invalid", "Invalid Idempotency-Key",
                    "an Idempotency-Key is 1 to " + IdempotencyKeys.MAX_KEY_LENGTH + " printable ASCII characters",
                    List.of(new FieldViolation(Idempotent.HEADER, "must be 1 to " + IdempotencyKeys.MAX_KEY_LENGTH
                            + " printable ASCII characters")));
        }
    }

    /** 422: the key was used for a request with another body. */
    static final class KeyReused extends ApiProblem {
        KeyReused() {
            super(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "this Idempotency-Key was already used for a request with a different body; use a new key for a"
                            + " new operation",
                    List.of(new FieldViolation(Idempotent.HEADER, "was used for a different request")));
        }
    }

    /** 409: the first request with this key is still being processed. */
    static final class KeyInProgress extends ApiProblem {
        KeyInProgress() {
            super(409, "idempotency-key-in-progress", "Request in progress",
                    "a request with this Idempotency-Key is still being processed; retry after it finished");
        }
    }

    /** 413: the body is too large to be fingerprinted. */
    static final class BodyTooLarge extends ApiProblem {
        BodyTooLarge() {
            super(413, "payload-too-large", "Payload too large", "a request with an Idempotency-Key may have at most "
                    + IdempotencyBodyFilter.MAX_BODY_BYTES + " bytes of body");
        }
    }
}
