package jp.tokyo.monozukuri.grant.persistence;

import java.time.LocalDate;
import java.util.List;
import jp.tokyo.monozukuri.contracts.grant.SubsidyTerms;
import jp.tokyo.monozukuri.grant.domain.GrantYear;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A grant as stored: its state, the events not yet published ({@code outbox}) and a version that every
 * change checks and raises, all in one document so that one write saves a change with its events.
 *
 * @param correlationId the correlation id of the plan approval that opened the grant, carried by all its events
 */
@Document(GrantDocument.COLLECTION)
public record GrantDocument(
        @Id String id,
        long version,
        @Indexed(unique = true) String planId,
        int planRevision,
        @Indexed String municipalityCode,
        String municipalityName,
        String planTitle,
        String approvalDocumentNumber,
        LocalDate approvalDate,
        int startFiscalYear,
        int endFiscalYear,
        SubsidyTerms terms,
        LocalDate openedOn,
        String correlationId,
        List<GrantYear.Snapshot> years,
        List<OutboxEntry> outbox) {

    public static final String COLLECTION = "grants";

    public GrantDocument {
        years = years == null ? List.of() : List.copyOf(years);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }
}
