package jp.tokyo.monozukuri.notification.mail;

/**
 * The mail relay could not be reached, dropped the connection or answered "service not available": nothing is
 * wrong with the notices, which stay PENDING. The circuit breaker counts this, and only this, as a failure.
 */
public class SmtpUnavailableException extends RuntimeException {

    public SmtpUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
