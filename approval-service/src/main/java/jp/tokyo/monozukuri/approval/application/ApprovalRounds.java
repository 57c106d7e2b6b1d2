package jp.tokyo.monozukuri.approval.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tokyo.monozukuri.approval.ApprovalProperties;
import jp.tokyo.monozukuri.approval.domain.ApprovalRound;
import jp.tokyo.monozukuri.approval.domain.Review;
import jp.tokyo.monozukuri.approval.domain.ReviewAlreadyInRoundException;
import jp.tokyo.monozukuri.approval.domain.RoundStatus;
import jp.tokyo.monozukuri.approval.persistence.ApprovalRoundStore;
import jp.tokyo.monozukuri.approval.persistence.ReviewStore;
import jp.tokyo.monozukuri.approval.persistence.StoredRound;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import jp.tokyo.monozukuri.infrastructure.problem.FieldViolation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** 承認の公表 — composing approval rounds from approved reviews and publishing each once. */
@Service
public class ApprovalRounds {

    private final ApprovalRoundStore rounds;
    private final ReviewStore reviews;
    private final OutgoingEvents events;
    private final ApprovalProperties properties;
    private final Clock clock;

    public ApprovalRounds(ApprovalRoundStore rounds, ReviewStore reviews, OutgoingEvents events,
            ApprovalProperties properties, Clock clock) {
        this.rounds = rounds;
        this.reviews = reviews;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Composes a round of approved reviews, listed in the order given.
     *
     * @throws ApiProblem.InvalidInput         naming {@code reviewIds[i]} for a review that does not exist
     * @throws ReviewAlreadyInRoundException   if one of them already belongs to a round
     * @throws jp.tokyo.monozukuri.approval.domain.AnnouncementDateOutOfRangeException for a date in the past or too
     *         far ahead ({@code approval.announcement.max-lead})
     */
    public ApprovalRound compose(LocalDate announcementDate, List<String> reviewIds, String composedBy) {
        properties.announcement().window().check(announcementDate, OffsetDateTime.now(clock));
        Map<String, Review> found = reviews.findAll(reviewIds).stream()
                .collect(Collectors.toMap(Review::id, Function.identity()));
        List<FieldViolation> unknown = new ArrayList<>();
        for (int i = 0; i < reviewIds.size(); i++) {
            if (!found.containsKey(reviewIds.get(i))) {
                unknown.add(new FieldViolation("reviewIds[" + i + "]", "no review " + reviewIds.get(i)));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ApiProblem.InvalidInput(unknown);
        }
        ApprovalRound round = ApprovalRound.compose(UUID.randomUUID().toString(), announcementDate,
                reviewIds.stream().map(found::get).toList(), composedBy, OffsetDateTime.now(clock));
        if (!rounds.insert(round)) {
            String taken = reviewIds.stream().filter(rounds.roundsOf(reviewIds)::containsKey).findFirst()
                    .orElse(reviewIds.get(0));
            throw new ReviewAlreadyInRoundException(taken);
        }
        return round;
    }

    /**
     * 公表 — publishes the round once, announcing {@code approval-round.published}; the press release and its notices
     * become public on the announcement date (notification-service's embargo). A round whose date has passed since
     * it was composed, or is too far ahead, is refused: compose it again with a date in the window.
     */
    public ApprovalRound publish(String roundId, String publishedBy) {
        return Conflicts.retry(() -> {
            StoredRound stored = find(roundId);
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (stored.round().status() != RoundStatus.PUBLISHED) {
                properties.announcement().window().check(stored.round().announcementDate(), now);
            }
            stored.round().publish(properties.announcement().issuer(), publishedBy, now);
            rounds.update(stored, events.of(stored.round()));
            return stored.round();
        });
    }

    public ApprovalRound get(String roundId) {
        return find(roundId).round();
    }

    public Page<ApprovalRound> list(Pageable page) {
        return rounds.page(page);
    }

    private StoredRound find(String roundId) {
        return rounds.find(roundId).orElseThrow(() -> new ApiProblem.NotFound("approval round", roundId));
    }
}
