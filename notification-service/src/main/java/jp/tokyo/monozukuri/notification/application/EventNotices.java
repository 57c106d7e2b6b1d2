package jp.tokyo.monozukuri.notification.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.approval.ApprovalRoundPublished;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.infrastructure.events.MalformedEventException;
import jp.tokyo.monozukuri.infrastructure.events.TraceContext;
import jp.tokyo.monozukuri.notification.domain.Notice;
import jp.tokyo.monozukuri.notification.domain.NoticeComposer;
import jp.tokyo.monozukuri.notification.domain.NoticeKind;
import jp.tokyo.monozukuri.notification.domain.UnknownMunicipalityException;
import jp.tokyo.monozukuri.notification.domain.pressrelease.PressReleaseWriter;
import jp.tokyo.monozukuri.notification.persistence.EventRecipientsStore;
import jp.tokyo.monozukuri.notification.persistence.NoticeStore;
import jp.tokyo.monozukuri.notification.persistence.PressReleaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What an inbound event does here: it becomes notices, recorded PENDING (one per municipality concerned and
 * recipient, never two), which the {@link NoticeDispatcher} then sends. A submitted plan also records its contact,
 * which may receive that plan's notices ({@link Recipients}); a published round also becomes a press release.
 */
@Service
public class EventNotices {

    private static final Logger log = LoggerFactory.getLogger(EventNotices.class);

    private final NoticeComposer composer;
    private final NoticeStore notices;
    private final Recipients recipients;
    private final EventRecipientsStore addressed;
    private final PressReleaseWriter pressReleaseWriter;
    private final PressReleaseStore pressReleases;
    private final Clock clock;

    public EventNotices(NoticeComposer composer, NoticeStore notices, Recipients recipients,
            EventRecipientsStore addressed, PressReleaseWriter pressReleaseWriter, PressReleaseStore pressReleases,
            Clock clock) {
        this.addressed = addressed;
        this.composer = composer;
        this.notices = notices;
        this.recipients = recipients;
        this.pressReleaseWriter = pressReleaseWriter;
        this.pressReleases = pressReleases;
        this.clock = clock;
    }

    /** Records the notices of an event of any {@link NoticeKind}. */
    public void notify(EventEnvelope<?> event) {
        NoticeKind kind = NoticeKind.forEventType(event.eventType())
                .orElseThrow(() -> new MalformedEventException("no notice for event type " + event.eventType()));
        List<Notice> composed;
        try {
            Instant now = clock.instant();
            composed = composer.compose(kind, event, (municipality, planId) -> addressed.addressedOnce(
                    event.eventId().toString(), municipality.code(), planId,
                    () -> recipients.addressesFor(municipality, planId), now), now);
        } catch (UnknownMunicipalityException unusable) {
            throw new MalformedEventException(event.eventType() + " " + event.eventId()
                    + " cannot become a notice: " + unusable.getMessage(), unusable);
        }
        int recorded = notices.recordNew(composed, TraceContext.current());
        log.info("{} {}: {} notice(s) recorded, {} already there", event.eventType(), event.eventId(), recorded,
                composed.size() - recorded);
    }

    /** 受付: the plan's contact is recorded (for that plan's notices only), then hears of the receipt. */
    public void planSubmitted(EventEnvelope<PlanSubmitted> event) {
        if (!Municipalities.isTokyo(event.municipalityCode())) {
            throw new MalformedEventException("plan.submitted " + event.eventId() + " is not of a Tokyo municipality: "
                    + event.municipalityCode());
        }
        PlanRevision plan = event.payload().plan();
        if (plan != null && plan.planId() != null) {
            recipients.recordContact(plan.planId(), event.municipalityCode(), plan.revision(),
                    plan.contact() == null ? null : plan.contact().email());
        }
        notify(event);
    }

    /** The press release is published, and each municipality announced hears of it. */
    public void roundPublished(EventEnvelope<ApprovalRoundPublished> event) {
        try {
            if (pressReleases.publishOnce(pressReleaseWriter.write(event))) {
                log.info("press release {} published", event.payload().roundId());
            }
        } catch (UnknownMunicipalityException unusable) {
            throw new MalformedEventException("round " + event.aggregateId() + " cannot be announced: "
                    + unusable.getMessage(), unusable);
        }
        notify(event);
    }
}
