package jp.tokyo.monozukuri.approval.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.tokyo.monozukuri.approval.domain.AnnouncementIssuer;
import jp.tokyo.monozukuri.approval.domain.ApprovalRound;
import jp.tokyo.monozukuri.approval.domain.RoundEntry;
import jp.tokyo.monozukuri.approval.domain.RoundStatus;
import jp.tokyo.monozukuri.infrastructure.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An approval round as stored. The unique index on the {@code reviewIds} array is what keeps an approved review
 * in at most one round, even when two rounds are composed at the same moment on different replicas.
 */
@Document(ApprovalRoundDocument.COLLECTION)
record ApprovalRoundDocument(
        @Id String id,
        long version,
        LocalDate announcementDate,
        @Indexed(unique = true) List<String> reviewIds,
        List<RoundEntry> entries,
        String composedBy,
        OffsetDateTime composedAt,
        RoundStatus status,
        AnnouncementIssuer issuer,
        String publishedBy,
        OffsetDateTime publishedAt,
        List<OutboxEntry> outbox) {

    static final String COLLECTION = "approval_rounds";

    static ApprovalRoundDocument of(ApprovalRound round, long version, List<OutboxEntry> outbox) {
        ApprovalRound.Snapshot s = round.snapshot();
        return new ApprovalRoundDocument(s.id(), version, s.announcementDate(), round.reviewIds(), s.entries(),
                s.composedBy(), s.composedAt(), s.status(), s.issuer(), s.publishedBy(), s.publishedAt(), outbox);
    }

    StoredRound toStored() {
        return new StoredRound(ApprovalRound.restore(new ApprovalRound.Snapshot(id, announcementDate, entries,
                composedBy, composedAt, status, issuer, publishedBy, publishedAt)), version);
    }
}
