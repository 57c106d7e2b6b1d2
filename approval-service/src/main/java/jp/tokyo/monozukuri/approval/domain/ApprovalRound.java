package jp.tokyo.monozukuri.approval.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.ApprovalRoundPublished;

/**
 * 承認の公表 — an announcement of approved plans under one date, like the press release of 2014-03-13 that
 * announced four. Composed from approved reviews (each in at most one round), then published exactly once;
 * the publication carries everything the press release is rendered from.
 */
public final class ApprovalRound {

    private final String id;
    private final LocalDate announcementDate;
    private final List<RoundEntry> entries;
    private final String composedBy;
    private final OffsetDateTime composedAt;
    private RoundStatus status;
    private AnnouncementIssuer issuer;
    private String publishedBy;
    private OffsetDateTime publishedAt;
    private final List<PendingEvent> pendingEvents = new ArrayList<>();

    private ApprovalRound(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.announcementDate = Objects.requireNonNull(s.announcementDate(), "announcementDate");
        this.entries = List.copyOf(s.entries());
        this.composedBy = s.composedBy();
        this.composedAt = s.composedAt();
        this.status = Objects.requireNonNull(s.status(), "status");
        this.issuer = s.issuer();
        this.publishedBy = s.publishedBy();
        this.publishedAt = s.publishedAt();
    }

    /**
     * Composes a round of approved reviews, in the order the announcement lists them.
     *
     * @throws EmptyRoundException                  without reviews
     * @throws ReviewNotApprovedException           for a review that is not APPROVED
     * @throws ReviewAlreadyInRoundException        for a review listed twice
     * @throws AnnouncementBeforeDecisionException  if a review was approved after {@code announcementDate}
     */
    public static ApprovalRound compose(String id, LocalDate announcementDate, List<Review> reviews, String by,
            OffsetDateTime at) {
        if (reviews == null || reviews.isEmpty()) {
            throw new EmptyRoundException();
        }
        Set<String> seen = new HashSet<>();
        List<RoundEntry> entries = new ArrayList<>();
        for (Review review : reviews) {
            if (!seen.add(review.id())) {
                throw new ReviewAlreadyInRoundException(review.id());
            }
            Decision decision = review.decision().filter(d -> review.status() == ReviewStatus.APPROVED)
                    .orElseThrow(() -> new ReviewNotApprovedException(review.id(), review.status()));
            if (announcementDate.isBefore(decision.decisionDate())) {
                throw new AnnouncementBeforeDecisionException(review.id(), announcementDate,
                        decision.decisionDate());
            }
            entries.add(new RoundEntry(review.id(), review.plan(), decision.documentNumber(),
                    decision.decisionDate()));
        }
        return new ApprovalRound(new Snapshot(id, announcementDate, entries, by, at, RoundStatus.DRAFT, null, null,
                null));
    }

    public static ApprovalRound restore(Snapshot snapshot) {
        return new ApprovalRound(snapshot);
    }

    /**
     * 公表 — announces the round and raises {@code approval-round.published}.
     *
     * @throws RoundAlreadyPublishedException the second time
     */
    public void publish(AnnouncementIssuer by, String person, OffsetDateTime at) {
        if (status == RoundStatus.PUBLISHED) {
            throw new RoundAlreadyPublishedException(id, publishedAt);
        }
        status = RoundStatus.PUBLISHED;
        issuer = Objects.requireNonNull(by, "issuer");
        publishedBy = person;
        publishedAt = at;
        List<ApprovalRoundPublished.ApprovedPlan> plans = entries.stream()
                .map(e -> new ApprovalRoundPublished.ApprovedPlan(e.plan(), e.documentNumber().formatted(),
                        e.decisionDate(), e.reviewId()))
                .toList();
        pendingEvents.add(new PendingEvent(EventTypes.APPROVAL_ROUND_PUBLISHED, new ApprovalRoundPublished(id,
                announcementDate, by.bureau(), by.section(), by.contactPhone(), plans, at, person)));
    }

    public List<PendingEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, announcementDate, entries, composedBy, composedAt, status, issuer, publishedBy,
                publishedAt);
    }

    public String id() {
        return id;
    }

    public LocalDate announcementDate() {
        return announcementDate;
    }

    public List<RoundEntry> entries() {
        return entries;
    }

    public List<String> reviewIds() {
        return entries.stream().map(RoundEntry::reviewId).toList();
    }

    public String composedBy() {
        return composedBy;
    }

    public OffsetDateTime composedAt() {
        return composedAt;
    }

    public RoundStatus status() {
        return status;
    }

    public Optional<AnnouncementIssuer> issuer() {
        return Optional.ofNullable(issuer);
    }

    public Optional<String> publishedBy() {
        return Optional.ofNullable(publishedBy);
    }

    public Optional<OffsetDateTime> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    /** Everything a round is, for storing and restoring it. */
    public record Snapshot(String id, LocalDate announcementDate, List<RoundEntry> entries, String composedBy,
            OffsetDateTime composedAt, RoundStatus status, AnnouncementIssuer issuer, String publishedBy,
            OffsetDateTime publishedAt) {

        public Snapshot {
            entries = entries == null ? List.of() : List.copyOf(entries);
        }
    }
}
