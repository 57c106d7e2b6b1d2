package jp.tokyo.monozukuri.notification.mail;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Deque;
import java.util.Map;
import jp.tokyo.monozukuri.infrastructure.events.TraceSpans;
import jp.tokyo.monozukuri.notification.domain.DeliveryFailure;
import jp.tokyo.monozukuri.notification.domain.Notice;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Hands notices to the SMTP relay: a batch over one connection, one message after the other, each outcome
 * reported before the next message goes, so that a crash repeats at most the one message in flight. Guarded by
 * Resilience4j instances named {@value #SMTP}: a rate limiter per message (what the relay accepts), a circuit
 * breaker around the connection (open after repeated outages, so a dead relay is not hammered) and, outermost, a
 * retry with backoff that resumes with the messages not yet accepted.
 */
@Component
public class SmtpRelay {

    /** The name of the Resilience4j instances configured under {@code resilience4j.*.instances.smtp}. */
    public static final String SMTP = "smtp";

    /** 421: the relay is closing the connection; the same as being unreachable. */
    private static final int SERVICE_NOT_AVAILABLE = 421;

    private static final Logger log = LoggerFactory.getLogger(SmtpRelay.class);

    private final JavaMailSenderImpl mailSender;
    private final MimeLetters letters;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final RateLimiter rateLimiter;
    private final TraceSpans spans;

    public SmtpRelay(JavaMailSenderImpl mailSender, MimeLetters letters, CircuitBreakerRegistry circuitBreakers,
            RetryRegistry retries, RateLimiterRegistry rateLimiters, TraceSpans spans) {
        this.mailSender = mailSender;
        this.spans = spans;
        this.letters = letters;
        this.circuitBreaker = circuitBreakers.circuitBreaker(SMTP);
        this.retry = retries.retry(SMTP);
        this.rateLimiter = rateLimiters.rateLimiter(SMTP);
        // one line per change of state, not one per batch held back while the circuit is open
        circuitBreaker.getEventPublisher().onStateTransition(event -> log.warn("SMTP circuit breaker: {}",
                event.getStateTransition()));
    }

    /**
     * Sends the notices of {@code queue} in order, taking each off the queue once its outcome is reported. What is
     * left in the queue when this throws was not accepted.
     *
     * @throws SmtpUnavailableException the relay stayed unreachable through the retries
     * @throws SmtpNotTriedException    the circuit is open or the rate limit had no room: nothing was attempted
     */
    public void deliver(Deque<Notice> queue, DeliveryListener listener) {
        Runnable overOneConnection = () -> sendOverOneConnection(queue, listener);
        try {
            Retry.decorateRunnable(retry, CircuitBreaker.decorateRunnable(circuitBreaker, overOneConnection)).run();
        } catch (CallNotPermittedException | RequestNotPermitted notTried) {
            throw new SmtpNotTriedException(notTried);
        }
    }

    private void sendOverOneConnection(Deque<Notice> queue, DeliveryListener listener) {
        if (queue.isEmpty()) {
            return;
        }
        Session session = mailSender.getSession();
        Transport transport = connect(session);
        try {
            while (!queue.isEmpty()) {
                RateLimiter.waitForPermission(rateLimiter);
                // Each message continues the trace of the event that caused its notice, from the HTTP request on.
                Notice next = queue.peek();
                spans.inSpan("notice send", next.traceparent(),
                        Map.of("notice.id", next.id(), "event.type", next.eventType()),
                        () -> send(queue, listener, session, transport));
            }
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                log.debug("closing the SMTP connection failed: {}", e.getMessage());
            }
        }
    }

    private void send(Deque<Notice> queue, DeliveryListener listener, Session session, Transport transport) {
        Notice notice = queue.peek();
        MimeMessage message;
        try {
            message = letters.toMime(notice, session);
        } catch (MessagingException | RuntimeException unrepresentable) {
            queue.poll();
            listener.refused(notice, DeliveryFailure.permanent("cannot be written as a mail: "
                    + unrepresentable.getMessage()));
            return;
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
            queue.poll();
            listener.accepted(notice);
        } catch (SendFailedException refused) {
            int reply = replyCode(refused);
            if (reply == SERVICE_NOT_AVAILABLE || (reply < 0 && !hasInvalidAddress(refused))) {
                throw new SmtpUnavailableException("SMTP relay refused the session: " + refused.getMessage(), refused);
            }
            queue.poll();
            boolean permanent = reply >= 500 || (reply < 0 && hasInvalidAddress(refused));
            listener.refused(notice, new DeliveryFailure(describe(refused), permanent));
        } catch (MessagingException broken) {
            throw new SmtpUnavailableException("SMTP connection failed: " + broken.getMessage(), broken);
        }
    }

    private Transport connect(Session session) {
        try {
            Transport transport = session.getTransport(mailSender.getProtocol() == null ? "smtp"
                    : mailSender.getProtocol());
            transport.connect(mailSender.getHost(), mailSender.getPort(), mailSender.getUsername(),
                    mailSender.getPassword());
            return transport;
        } catch (MessagingException unreachable) {
            throw new SmtpUnavailableException("SMTP relay " + mailSender.getHost() + ":" + mailSender.getPort()
                    + " unreachable: " + unreachable.getMessage(), unreachable);
        }
    }

    /** The SMTP reply code carried by the exception or one it chains, or -1. */
    private static int replyCode(MessagingException e) {
        for (Exception current = e; current != null;
                current = current instanceof MessagingException m ? m.getNextException() : null) {
            if (current instanceof SMTPAddressFailedException address) {
                return address.getReturnCode();
            }
            if (current instanceof SMTPSendFailedException send) {
                return send.getReturnCode();
            }
        }
        return -1;
    }

    private static boolean hasInvalidAddress(SendFailedException e) {
        return e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
    }

    private static String describe(MessagingException e) {
        Exception next = e.getNextException();
        return next != null && next.getMessage() != null ? next.getMessage().strip() : String.valueOf(e.getMessage());
    }
}
