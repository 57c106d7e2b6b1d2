package jp.tokyo.monozukuri.notification.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.notification.ContractFixtures;
import jp.tokyo.monozukuri.notification.domain.EmailAddress;
import jp.tokyo.monozukuri.notification.domain.Embargo;
import jp.tokyo.monozukuri.notification.domain.Notice;
import jp.tokyo.monozukuri.notification.domain.NoticeComposer;
import jp.tokyo.monozukuri.notification.domain.NoticeKind;
import jp.tokyo.monozukuri.notification.domain.template.TemplateLibrary;
import org.junit.jupiter.api.Test;

/** Each letter goes to its municipality's recipients for the plan it is about, and an announcement waits. */
class NoticeRecipientsTest {

    private static final Instant NOW = Instant.parse("2014-03-10T00:00:00Z");
    private static final NoticeComposer COMPOSER = new NoticeComposer(new LetterWriter(
            TemplateLibrary.fromClasspath("templates"), Letterhead.TOKYO_BUREAU_OF_INDUSTRIAL_AND_LABOR_AFFAIRS));

    @Test
    void eachLetterOfARoundIsAskedForTheRecipientsOfItsOwnPlan() {
        // given
        EventEnvelope<?> round = ContractFixtures.event(EventTypes.APPROVAL_ROUND_PUBLISHED);
        List<String> asked = new ArrayList<>();

        // when
        List<Notice> notices = COMPOSER.compose(NoticeKind.APPROVAL_ANNOUNCED, round, (Municipality m, String plan) -> {
            asked.add(m.code() + " " + plan);
            return List.of(EmailAddress.of("contact-of-" + plan + "@m" + m.code() + ".example.jp"));
        }, NOW);

        // then
        assertThat(asked).containsExactly("131091 plan-shinagawa-2014", "131237 plan-edogawa-2014",
                "132012 plan-hachioji-2014", "132047 plan-mitaka-2014");
        assertThat(notices).extracting(n -> n.municipalityCode() + " " + n.recipient().value()).containsExactly(
                "131091 contact-of-plan-shinagawa-2014@m131091.example.jp",
                "131237 contact-of-plan-edogawa-2014@m131237.example.jp",
                "132012 contact-of-plan-hachioji-2014@m132012.example.jp",
                "132047 contact-of-plan-mitaka-2014@m132047.example.jp");
    }

    @Test
    void anAnnouncementIsNotDueBeforeItsDateInTokyoAndOtherNoticesAreDueAtOnce() {
        // given: the round announces on 2014-03-13; it is 2014-03-10
        EventEnvelope<?> round = ContractFixtures.event(EventTypes.APPROVAL_ROUND_PUBLISHED);
        EventEnvelope<?> approved = ContractFixtures.event(EventTypes.PLAN_APPROVED);

        // when
        List<Notice> announcement = COMPOSER.compose(NoticeKind.APPROVAL_ANNOUNCED, round,
                (m, plan) -> List.of(EmailAddress.of("koho@m" + m.code() + ".example.jp")), NOW);
        List<Notice> approval = COMPOSER.compose(NoticeKind.PLAN_APPROVED, approved,
                (m, plan) -> List.of(EmailAddress.of("a@m131091.example.jp")), NOW);

        // then
        assertThat(announcement).isNotEmpty().allSatisfy(n -> {
            assertThat(n.notBefore()).isEqualTo(Embargo.startOf(LocalDate.of(2014, 3, 13)));
            assertThat(n.nextAttemptAt()).isEqualTo(Instant.parse("2014-03-12T15:00:00Z"));
        });
        assertThat(approval).singleElement().satisfies(n -> {
            assertThat(n.notBefore()).isNull();
            assertThat(n.nextAttemptAt()).isEqualTo(NOW);
        });
    }
}
