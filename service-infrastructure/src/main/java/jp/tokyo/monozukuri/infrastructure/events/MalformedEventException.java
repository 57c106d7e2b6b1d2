package jp.tokyo.monozukuri.infrastructure.events;

/**
 * A record that is not a readable event. Retrying cannot help, so the binder sends it to the dead-letter
 * topic at once (configured as not retryable).
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
