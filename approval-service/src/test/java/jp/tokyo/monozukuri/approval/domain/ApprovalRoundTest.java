package jp.tokyo.monozukuri.approval.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.ApprovalRoundPublished;
import org.junit.jupiter.api.Test;

class ApprovalRoundTest {

    private static final LocalDate MARCH_13 = LocalDate.of(2014, 3, 13);
    private static final OffsetDateTime COMPOSED = OffsetDateTime.parse("2014-03-13T11:00:00+09:00");
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2014-03-13T14:00:00+09:00");
    private static final AnnouncementIssuer BUREAU = new AnnouncementIssuer("産業労働局", "商工部地域産業振興課",
            "03-5320-4748");

    @Test
    void publishingARoundAnnouncesItsPlansWithEverythingThePressReleaseNeeds() {
        // given
        Review shinagawa = Reviews.approved(SamplePlans.shinagawa(), 1);
        Review hachioji = Reviews.approved(SamplePlans.hachioji(), 2);
        ApprovalRound round = ApprovalRound.compose("round-1", MARCH_13, List.of(shinagawa, hachioji),
                Reviews.APPROVER, COMPOSED);

        // when
        round.publish(BUREAU, Reviews.APPROVER, PUBLISHED);

        // then
        assertThat(round.status()).isEqualTo(RoundStatus.PUBLISHED);
        assertThat(round.pendingEvents()).singleElement().satisfies(event -> {
            assertThat(event.eventType()).isEqualTo(EventTypes.APPROVAL_ROUND_PUBLISHED);
            ApprovalRoundPublished published = (ApprovalRoundPublished) event.payload();
            assertThat(published.announcementDate()).isEqualTo(MARCH_13);
            assertThat(published.bureau()).isEqualTo("産業労働局");
            assertThat(published.section()).isEqualTo("商工部地域産業振興課");
            assertThat(published.contactPhone()).isEqualTo("03-5320-4748");
            assertThat(published.publishedAt()).isEqualTo(PUBLISHED);
            assertThat(published.plans()).extracting(p -> p.plan().municipalityName(),
                            ApprovalRoundPublished.ApprovedPlan::documentNumber)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("品川区", "25産労商地第1号"),
                            org.assertj.core.groups.Tuple.tuple("八王子市", "25産労商地第2号"));
            assertThat(published.plans().get(0).plan()).isEqualTo(shinagawa.plan());
        });
    }

    @Test
    void aRoundIsPublishedOnlyOnce() {
        // given
        ApprovalRound round = ApprovalRound.compose("round-1", MARCH_13,
                List.of(Reviews.approved(SamplePlans.shinagawa(), 1)), Reviews.APPROVER, COMPOSED);
        round.publish(BUREAU, Reviews.APPROVER, PUBLISHED);

        // when / then
        assertThatThrownBy(() -> round.publish(BUREAU, Reviews.APPROVER, PUBLISHED.plusHours(1)))
                .isInstanceOf(RoundAlreadyPublishedException.class);
        assertThat(round.pendingEvents()).hasSize(1);
    }

    @Test
    void onlyApprovedReviewsCanBeAnnounced() {
        // given
        Review recommended = Reviews.recommended();

        // when / then
        assertThatThrownBy(() -> ApprovalRound.compose("round-1", MARCH_13, List.of(recommended), Reviews.APPROVER,
                COMPOSED))
                .isInstanceOfSatisfying(ReviewNotApprovedException.class,
                        e -> assertThat(e.status()).isEqualTo(ReviewStatus.RECOMMENDED));
        assertThatThrownBy(() -> ApprovalRound.compose("round-1", MARCH_13, List.of(Reviews.rejected()),
                Reviews.APPROVER, COMPOSED)).isInstanceOf(ReviewNotApprovedException.class);
    }

    @Test
    void aRoundCannotListTheSameReviewTwiceOrNone() {
        // given
        Review shinagawa = Reviews.approved(SamplePlans.shinagawa(), 1);

        // when / then
        assertThatThrownBy(() -> ApprovalRound.compose("round-1", MARCH_13, List.of(shinagawa, shinagawa),
                Reviews.APPROVER, COMPOSED)).isInstanceOf(ReviewAlreadyInRoundException.class);
        assertThatThrownBy(() -> ApprovalRound.compose("round-1", MARCH_13, List.of(), Reviews.APPROVER, COMPOSED))
                .isInstanceOf(EmptyRoundException.class);
    }

    @Test
    void aRoundCannotAnnounceBeforeItsPlansWereApproved() {
        // given
        Review shinagawa = Reviews.approved(SamplePlans.shinagawa(), 1);

        // when / then
        assertThatThrownBy(() -> ApprovalRound.compose("round-1", MARCH_13.minusDays(1), List.of(shinagawa),
                Reviews.APPROVER, COMPOSED)).isInstanceOf(AnnouncementBeforeDecisionException.class);
    }
}
