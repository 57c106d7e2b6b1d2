package jp.tokyo.monozukuri.approval.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import jp.tokyo.monozukuri.approval.domain.ApprovalRound;
import jp.tokyo.monozukuri.approval.domain.PendingEvent;
import jp.tokyo.monozukuri.approval.domain.Review;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxEntry;
import org.springframework.stereotype.Component;

/**
 * Wraps the events an aggregate raised into envelopes for the outbox. A review's events are keyed by its plan
 * ({@code aggregateId} = plan id), so that consumers such as plan-service receive everything about one plan —
 * across its chain of reviews — in order; the correlation id of the submission travels with them.
 */
@Component
public class OutgoingEvents {

    public static final String PRODUCER = "approval-service";

    private final Clock clock;

    public OutgoingEvents(Clock clock) {
        this.clock = clock;
    }

    public List<OutboxEntry> of(Review review) {
        return review.pendingEvents().stream()
                .map(event -> entry(event, review.planId(), review.municipalityCode(), review.correlationId()))
                .toList();
    }

    /** A round announces several municipalities' plans, so its events name no single municipality. */
    public List<OutboxEntry> of(ApprovalRound round) {
        return round.pendingEvents().stream().map(event -> entry(event, round.id(), null, round.id())).toList();
    }

    private OutboxEntry entry(PendingEvent event, String aggregateId, String municipalityCode, String correlationId) {
        return OutboxEntry.of(EventEnvelope.create(event.eventType(), OffsetDateTime.now(clock), PRODUCER,
                aggregateId, municipalityCode, correlationId, event.payload()));
    }
}
