package jp.tokyo.monozukuri.notification.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import jp.tokyo.monozukuri.infrastructure.events.PollingTask;
import jp.tokyo.monozukuri.notification.NotificationProperties;
import jp.tokyo.monozukuri.notification.domain.DeliveryFailure;
import jp.tokyo.monozukuri.notification.domain.Notice;
import jp.tokyo.monozukuri.notification.domain.RetrySchedule;
import jp.tokyo.monozukuri.notification.mail.DeliveryListener;
import jp.tokyo.monozukuri.notification.mail.SmtpNotTriedException;
import jp.tokyo.monozukuri.notification.mail.SmtpRelay;
import jp.tokyo.monozukuri.notification.mail.SmtpUnavailableException;
import jp.tokyo.monozukuri.notification.persistence.NoticeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled sender: claims the PENDING notices that are due (a lease, so replicas never send the same one),
 * hands them to the relay in batches over one connection, and records each outcome as it comes. Notices the relay
 * could not take stay PENDING and are due again after their retry wait, so everything recorded while SMTP was down
 * goes out once it is back.
 *
 * <p>Metrics: {@code notices.delivery} times each notice from being recorded to being accepted by the relay;
 * {@code notices.send.failures{reason}} counts the attempts that failed ({@code refused-permanently},
 * {@code refused-temporarily}, {@code smtp-unavailable}, {@code unexpected}). Its polling is not traced; each
 * message is sent in a span of the trace of the event that caused it.
 */
@Component
public class NoticeDispatcher implements PollingTask {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);
    private static final String REFUSED_PERMANENTLY = "refused-permanently";
    private static final String REFUSED_TEMPORARILY = "refused-temporarily";
    private static final String SMTP_UNAVAILABLE = "smtp-unavailable";
    private static final String UNEXPECTED = "unexpected";

    private final NoticeStore store;
    private final SmtpRelay relay;
    private final RetrySchedule schedule;
    private final NotificationProperties.Dispatch settings;
    private final Clock clock;
    private final String claimant = "dispatcher-" + UUID.randomUUID();
    private final Timer delivery;
    private final MeterRegistry registry;

    public NoticeDispatcher(NoticeStore store, SmtpRelay relay, RetrySchedule schedule,
            NotificationProperties properties, Clock clock, MeterRegistry registry) {
        this.store = store;
        this.relay = relay;
        this.schedule = schedule;
        this.settings = properties.dispatch();
        this.clock = clock;
        this.registry = registry;
        this.delivery = Timer.builder("notices.delivery")
                .description("from a notice being recorded to the SMTP relay accepting it")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(100))
                .maximumExpectedValue(Duration.ofHours(2))
                .register(registry);
        for (String reason : new String[] {REFUSED_PERMANENTLY, REFUSED_TEMPORARILY, SMTP_UNAVAILABLE, UNEXPECTED}) {
            failures(reason);
        }
    }

    @Scheduled(fixedDelayString = "${notification.dispatch.poll-interval}")
    public void dispatchDue() {
        boolean more = true;
        while (more) {
            more = dispatchBatch();
        }
    }

    /** Sends one batch; true if a full batch went through and more may be due. */
    boolean dispatchBatch() {
        List<Notice> claimed = store.claimDue(claimant, clock.instant(), settings.lease(), settings.batchSize());
        if (claimed.isEmpty()) {
            return false;
        }
        Deque<Notice> queue = new ArrayDeque<>(claimed);
        try {
            relay.deliver(queue, new Recorder());
            return claimed.size() == settings.batchSize();
        } catch (SmtpNotTriedException notTried) {
            log.debug("{} notice(s) stay pending, SMTP not tried: {}", queue.size(), notTried.getMessage());
            store.release(List.copyOf(queue), claimant);
        } catch (SmtpUnavailableException unavailable) {
            log.warn("{} notice(s) stay pending, SMTP unavailable: {}", queue.size(), unavailable.getMessage());
            failures(SMTP_UNAVAILABLE).increment(queue.size());
            DeliveryFailure failure = DeliveryFailure.temporary(unavailable.getMessage());
            for (Notice notice : queue) {
                notice.recordFailedAttempt(failure, clock.instant(), schedule);
                store.saveAttempt(notice, claimant);
            }
        } catch (RuntimeException unexpected) {
            log.error("sending {} notice(s) failed; they stay pending", queue.size(), unexpected);
            failures(UNEXPECTED).increment(queue.size());
            store.release(List.copyOf(queue), claimant);
        }
        return false;
    }

    private Counter failures(String reason) {
        return Counter.builder("notices.send.failures").description("attempts to send a notice that failed")
                .tag("reason", reason).register(registry);
    }

    /** Records each outcome the moment the relay reports it. */
    private final class Recorder implements DeliveryListener {

        @Override
        public void accepted(Notice notice) {
            notice.markSent(clock.instant());
            store.saveAttempt(notice, claimant);
            delivery.record(Duration.between(notice.createdAt(), notice.sentAt()));
            log.info("notice {} ({}) sent", notice.id(), notice.eventType());
        }

        @Override
        public void refused(Notice notice, DeliveryFailure failure) {
            log.warn("notice {} to {} refused: {}", notice.id(), notice.recipient(), failure.error());
            failures(failure.permanent() ? REFUSED_PERMANENTLY : REFUSED_TEMPORARILY).increment();
            notice.recordFailedAttempt(failure, clock.instant(), schedule);
            store.saveAttempt(notice, claimant);
        }
    }
}
