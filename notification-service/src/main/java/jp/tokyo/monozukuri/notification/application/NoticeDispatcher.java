package jp.tokyo.monozukuri.notification.application;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
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
 */
@Component
public class NoticeDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);

    private final NoticeStore store;
    private final SmtpRelay relay;
    private final RetrySchedule schedule;
    private final NotificationProperties.Dispatch settings;
    private final Clock clock;
    private final String claimant = "dispatcher-" + UUID.randomUUID();

    public NoticeDispatcher(NoticeStore store, SmtpRelay relay, RetrySchedule schedule,
            NotificationProperties properties, Clock clock) {
        this.store = store;
        this.relay = relay;
        this.schedule = schedule;
        this.settings = properties.dispatch();
        this.clock = clock;
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
            DeliveryFailure failure = DeliveryFailure.temporary(unavailable.getMessage());
            for (Notice notice : queue) {
                notice.recordFailedAttempt(failure, clock.instant(), schedule);
                store.saveAttempt(notice, claimant);
            }
        } catch (RuntimeException unexpected) {
            log.error("sending {} notice(s) failed; they stay pending", queue.size(), unexpected);
            store.release(List.copyOf(queue), claimant);
        }
        return false;
    }

    /** Records each outcome the moment the relay reports it. */
    private final class Recorder implements DeliveryListener {

        @Override
        public void accepted(Notice notice) {
            notice.markSent(clock.instant());
            store.saveAttempt(notice, claimant);
        }

        @Override
        public void refused(Notice notice, DeliveryFailure failure) {
            log.warn("notice {} to {} refused: {}", notice.id(), notice.recipient(), failure.error());
            notice.recordFailedAttempt(failure, clock.instant(), schedule);
            store.saveAttempt(notice, claimant);
        }
    }
}
