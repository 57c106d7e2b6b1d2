package jp.tokyo.monozukuri.notification.mail;

/**
 * The relay was not tried at all: the circuit breaker is open after repeated outages, or the rate limit had no
 * room in time. The notices were not attempted and stay PENDING as they were.
 */
public class SmtpNotTriedException extends RuntimeException {

    public SmtpNotTriedException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
