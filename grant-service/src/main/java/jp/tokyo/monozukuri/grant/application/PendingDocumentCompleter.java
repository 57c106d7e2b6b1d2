package jp.tokyo.monozukuri.grant.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import jp.tokyo.monozukuri.grant.domain.GrantYear;
import jp.tokyo.monozukuri.grant.domain.PendingDocument;
import jp.tokyo.monozukuri.grant.persistence.GrantStore;
import jp.tokyo.monozukuri.grant.persistence.StoredGrant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issues documents that were recorded but never numbered or never saved with their number — the replica crashed,
 * or the store failed, between the two writes of {@link GrantYearSteps#decide}. Safe on every replica at once: the
 * register gives a document the number it already has, and the grant's version lets only one completion be saved.
 */
@Component
public class PendingDocumentCompleter {

    private static final Logger log = LoggerFactory.getLogger(PendingDocumentCompleter.class);

    private final GrantStore store;
    private final GrantYearSteps steps;
    private final Clock clock;
    private final Duration after;

    public PendingDocumentCompleter(GrantStore store, GrantYearSteps steps, Clock clock,
            @Value("${grant.schedule.document-completion-after:30s}") Duration after) {
        this.store = store;
        this.steps = steps;
        this.clock = clock;
        this.after = after;
    }

    @Scheduled(initialDelayString = "${grant.schedule.document-completion-after:30s}",
            fixedDelayString = "${grant.schedule.document-completion-after:30s}")
    public void completeStaleDocuments() {
        completeDocumentsPendingSince(clock.instant().minus(after));
    }

    /** Completes every document pending since before {@code before}; returns how many were completed. */
    public int completeDocumentsPendingSince(Instant before) {
        int completed = 0;
        for (StoredGrant stored : store.withPendingDocuments()) {
            for (GrantYear year : stored.grant().years()) {
                PendingDocument pending = year.pendingDocument();
                if (pending == null || pending.recordedAt() == null || !pending.recordedAt().isBefore(before)) {
                    continue;
                }
                try {
                    steps.completePending(stored.grant().id(), year.fiscalYear());
                    completed++;
                    log.info("issued the pending {} of fiscal year {} of grant {}", pending.kind(),
                            year.fiscalYear(), stored.grant().id());
                } catch (RuntimeException e) {
                    log.warn("could not issue the pending {} of fiscal year {} of grant {} yet: {}", pending.kind(),
                            year.fiscalYear(), stored.grant().id(), e.toString());
                }
            }
        }
        return completed;
    }
}
