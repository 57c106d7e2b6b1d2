package jp.tokyo.monozukuri.grant.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.grant.domain.Grant;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxEntry;
import org.springframework.stereotype.Component;

/** Wraps the events a grant recorded in envelopes of grant-service, ready for the grant's outbox. */
@Component
public class GrantEventOutbox {

    public static final String PRODUCER = "grant-service";

    private final Clock clock;

    public GrantEventOutbox(Clock clock) {
        this.clock = clock;
    }

    public List<OutboxEntry> entriesOf(Grant grant, String correlationId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return grant.newEvents().stream()
                .map(event -> OutboxEntry.of(EventEnvelope.create(event.type(), now, PRODUCER, grant.id(),
                        grant.municipalityCode(), correlationId, event.payload())))
                .toList();
    }
}
