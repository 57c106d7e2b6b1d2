package jp.tokyo.monozukuri.notification.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalAccepted;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalRefused;
import jp.tokyo.monozukuri.contracts.approval.PlanApproved;
import jp.tokyo.monozukuri.contracts.grant.GrantReportOverdue;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.notification.ContractFixtures;
import jp.tokyo.monozukuri.notification.ExpectedLetters;
import jp.tokyo.monozukuri.notification.ExpectedLetters.Expected;
import jp.tokyo.monozukuri.notification.PlanRevisions;
import jp.tokyo.monozukuri.notification.domain.EmailAddress;
import jp.tokyo.monozukuri.notification.domain.Notice;
import jp.tokyo.monozukuri.notification.domain.NoticeComposer;
import jp.tokyo.monozukuri.notification.domain.NoticeKind;
import jp.tokyo.monozukuri.notification.domain.NoticeStatus;
import jp.tokyo.monozukuri.notification.domain.template.TemplateLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every contract fixture, written out as the formal letter its municipality receives. */
class NoticeLettersTest {

    private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");
    private static final NoticeComposer COMPOSER = new NoticeComposer(new LetterWriter(
            TemplateLibrary.fromClasspath("templates"), Letterhead.TOKYO_BUREAU_OF_INDUSTRIAL_AND_LABOR_AFFAIRS));

    /** Two mailboxes per municipality, named after its code. */
    private static final Function<Municipality, List<EmailAddress>> TWO_RECIPIENTS_EACH = m -> List.of(
            EmailAddress.of("sangyo-" + m.code() + "@example.jp"),
            EmailAddress.of("kikaku-" + m.code() + "@example.jp"));

    static Stream<Expected> singleMunicipalityFixtures() {
        return ExpectedLetters.SINGLE_MUNICIPALITY.stream();
    }

    private static List<Notice> noticesOf(EventEnvelope<?> event) {
        NoticeKind kind = NoticeKind.forEventType(event.eventType()).orElseThrow();
        return COMPOSER.compose(kind, event, TWO_RECIPIENTS_EACH, NOW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleMunicipalityFixtures")
    void eachFixtureBecomesOneFormalLetterPerRecipientOfItsMunicipality(Expected expected) {
        // given
        EventEnvelope<?> event = ContractFixtures.event(expected.eventType());

        // when
        List<Notice> notices = noticesOf(event);

        // then
        assertThat(notices).extracting(n -> n.recipient().value()).containsExactly(
                "sangyo-" + expected.municipalityCode() + "@example.jp",
                "kikaku-" + expected.municipalityCode() + "@example.jp");
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.status()).isEqualTo(NoticeStatus.PENDING);
            assertThat(notice.eventId()).isEqualTo(event.eventId());
            assertThat(notice.municipalityCode()).isEqualTo(expected.municipalityCode());
            assertFormalLetter(notice.letter(), expected);
        });
    }

    @Test
    void aPublishedRoundTellsEachAnnouncedMunicipalityInItsOwnLetter() {
        // given
        EventEnvelope<?> round = ContractFixtures.event("approval-round.published");

        // when
        List<Notice> notices = noticesOf(round);

        // then
        assertThat(notices).hasSize(8);
        for (Expected expected : ExpectedLetters.ROUND_ANNOUNCED) {
            assertThat(notices).filteredOn(n -> n.municipalityCode().equals(expected.municipalityCode()))
                    .hasSize(2)
                    .allSatisfy(n -> assertFormalLetter(n.letter(), expected));
        }
        assertThat(notices).filteredOn(n -> n.municipalityCode().equals("132047")).first()
                .satisfies(n -> assertThat(n.letter().text())
                        .contains("25産労商地第4号で承認した貴市の地域産業基盤強化計画")
                        .contains("品川区、江戸川区、八王子市及び三鷹市の計画、計4件"));
    }

    @Test
    void aMunicipalityWithoutRecipientsGetsNoNotice() {
        // given
        EventEnvelope<?> submitted = ContractFixtures.event("plan.submitted");

        // when
        List<Notice> notices = COMPOSER.compose(NoticeKind.PLAN_RECEIVED, submitted, m -> List.of(), NOW);

        // then
        assertThat(notices).isEmpty();
    }

    @Test
    void theReturnNoticeListsEveryReasonNumbered() {
        // when
        String text = noticesOf(ContractFixtures.event("plan.returned")).get(0).letter().text();

        // then
        assertThat(text).contains("1 計画の名称 「品川区大崎駅周辺地域ものづくり産業基盤強化計画」\n")
                .contains(" (1) 施策3「品川産業支援交流施設基盤整備事業」について")
                .contains(" (2) 各事業の平成27年度及び平成28年度の事業費の見込みを記載してください。")
                .contains("改めて提出してください");
    }

    @Test
    void theApprovalNoticeNamesTheFundingYearsAndTheBudgetCaveatForAWard() {
        // when
        String text = noticesOf(ContractFixtures.event("plan.approved")).get(0).letter().text();

        // then
        assertThat(text).contains("平成26年1月20日付けで提出のあった地域産業基盤強化計画について、下記のとおり承認したので通知します。")
                .contains("平成26年度から平成28年度までの3年間")
                .contains("都及び貴区の予算についての議会の議決")
                .contains("2 計画期間 平成26~28年度");
    }

    @Test
    void theGrantDecisionStatesItsAmountsInYenItsConditionsAndTheReportDeadline() {
        // when
        String text = noticesOf(ContractFixtures.event("grant.decided")).get(0).letter().text();

        // then
        assertThat(text).contains("平成26年4月15日付けで申請のあった平成26年度ものづくり産業集積強化支援事業費補助金については、"
                        + "東京都補助金等交付規則(昭和37年東京都規則第141号)(以下「規則」という。)及び"
                        + "ものづくり産業集積強化支援事業費補助金交付要綱(以下「要綱」という。)に基づき")
                .contains("2 交付決定額 金20,000,000円")
                .contains("3 補助対象経費 金40,000,000円")
                .contains("5 補助条件 規則及び要綱に定めるもののほか、次のとおりとする。")
                .contains(" (1) 補助事業の内容又は経費の配分を変更する場合は、あらかじめ知事の承認を受けること。")
                .contains(" (2) 補助事業に係る収入及び支出")
                .contains("6 実績報告期限 平成27年4月30日")
                .contains("7 申請の取下げ この決定の内容又はこれに付された条件に不服があるときは、この通知を受けた日から起算して"
                        + "14日以内に限り、申請を取り下げることができる。");
    }

    @Test
    void theAmountConfirmationShowsTheConfirmedAmountAndAnnouncesTheRefund() {
        // when
        String text = noticesOf(ContractFixtures.event("grant.confirmed")).get(0).letter().text();

        // then
        assertThat(text).contains("26産労商地助第1号で交付決定した")
                .contains("3 確定額 金18,500,000円")
                .contains("6 概算払済額 金20,000,000円")
                .contains("8 返還額 金1,500,000円(返還については、別途命令します。)");
    }

    @Test
    void theRefundIsAnOrderCitingItsBasisAndWarningOfLateInterestAndTheReminderIsARequest() {
        // when
        Letter refundLetter = noticesOf(ContractFixtures.event("grant.refund-due")).get(0).letter();
        String refund = refundLetter.text();
        String reminder = noticesOf(ContractFixtures.event("grant.report-overdue")).get(0).letter().text();

        // then
        assertThat(refundLetter.subject()).endsWith("の返還について(命令)");
        assertThat(refund).contains("平成27年5月20日付け27産労商地助第3号で額を確定した")
                .contains("東京都補助金等交付規則(昭和37年東京都規則第141号)(以下「規則」という。)及び")
                .contains("下記のとおり超過額を返還するよう命じます。")
                .contains("未納付額につき年10.95パーセントの割合で計算した延滞金を納付しなければなりません")
                .contains("4 返還額 金1,500,000円").contains("5 納期限 平成27年6月9日")
                .doesNotContain("返還してください");
        assertThat(refund.lines().filter(line -> line.equals("27産労商地助第3号")))
                .as("the order is not issued under the number of the amount confirmation").isEmpty();
        assertThat(refundLetter.sealRequired()).isTrue();
        assertThat(reminder).doesNotContain("督促");
        assertThat(reminder).contains("提出期限の平成27年4月30日を過ぎても提出されていません")
                .contains("平成26年5月15日付け26産労商地助第1号で交付決定した");
    }

    @Test
    void anApprovalIsDatedWithItsDecisionNotWithTheDayTheEventWasSent() {
        // given
        EventEnvelope<PlanApproved> fixture = ContractFixtures.event("plan.approved", PlanApproved.class);
        EventEnvelope<PlanApproved> sentNextMonday = new EventEnvelope<>(fixture.eventId(), fixture.eventType(), 1,
                OffsetDateTime.parse("2014-03-17T09:00:00+09:00"), fixture.producer(), fixture.aggregateId(),
                fixture.municipalityCode(), fixture.correlationId(), fixture.payload());

        // when
        Letter letter = noticesOf(sentNextMonday).get(0).letter();

        // then
        assertThat(letter.text()).contains("平成26年3月13日").doesNotContain("平成26年3月17日");
    }

    @Test
    void aWithdrawalRefusedWhileTheDecisionWasInProgressNamesNoNumberAndOneAcceptedWithoutAReasonGivesNone() {
        // given: the refusal came before the decision's number was taken; the municipality gave no reason
        EventEnvelope<ApprovalWithdrawalRefused> refused = ContractFixtures.event("approval.withdrawal-refused",
                ApprovalWithdrawalRefused.class);
        ApprovalWithdrawalRefused r = refused.payload();
        EventEnvelope<ApprovalWithdrawalRefused> inProgress = new EventEnvelope<>(refused.eventId(),
                refused.eventType(), 1, refused.occurredAt(), refused.producer(), refused.aggregateId(),
                refused.municipalityCode(), refused.correlationId(), new ApprovalWithdrawalRefused(r.reviewId(),
                        r.planId(), r.revision(), r.planTitle(), "取下げの申出の時点で承認の決裁中でした。", r.decision(), null,
                        r.requestedBy(), r.requestedAt(), r.refusedAt()));
        EventEnvelope<ApprovalWithdrawalAccepted> accepted = ContractFixtures.event("approval.withdrawal-accepted",
                ApprovalWithdrawalAccepted.class);
        ApprovalWithdrawalAccepted a = accepted.payload();
        EventEnvelope<ApprovalWithdrawalAccepted> withoutReason = new EventEnvelope<>(accepted.eventId(),
                accepted.eventType(), 1, accepted.occurredAt(), accepted.producer(), accepted.aggregateId(),
                accepted.municipalityCode(), accepted.correlationId(), new ApprovalWithdrawalAccepted(a.reviewId(),
                        a.planId(), a.revision(), a.planTitle(), null, a.requestedBy(), a.requestedAt(),
                        a.acceptedAt()));

        // when
        String refusal = noticesOf(inProgress).get(0).letter().text();
        String acceptance = noticesOf(withoutReason).get(0).letter().text();

        // then
        assertThat(refusal).contains("3 受理できない理由 取下げの申出の時点で承認の決裁中でした。")
                .doesNotContain("決定の文書番号");
        assertThat(acceptance).contains("本計画について承認又は不承認の決定は行いません。").doesNotContain("取下げの理由");
    }

    @Test
    void aLetterInTheFirstYearOfAnEraIsDatedGannen() {
        // given
        EventEnvelope<GrantReportOverdue> fixture = ContractFixtures.event("grant.report-overdue",
                GrantReportOverdue.class);
        EventEnvelope<GrantReportOverdue> inReiwa1 = new EventEnvelope<>(UUID.randomUUID(), fixture.eventType(), 1,
                OffsetDateTime.parse("2019-05-07T02:00:00+09:00"), fixture.producer(), fixture.aggregateId(),
                fixture.municipalityCode(), null, fixture.payload());

        // when
        Letter letter = noticesOf(inReiwa1).get(0).letter();

        // then
        assertThat(letter.text()).contains("令和元年5月7日");
    }

    @Test
    void aScriptInAPlanTitleIsPrintedAsTextInTheLetterAndEscapedInItsHtml() {
        // given
        String title = "<script>alert('品川')</script>品川区計画";
        EventEnvelope<PlanSubmitted> submitted = withPlanTitle(title);

        // when
        Letter letter = noticesOf(submitted).get(0).letter();

        // then
        assertThat(letter.text()).contains("「" + title + "」");
        assertThat(letter.html()).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;品川&#39;)&lt;/script&gt;品川区計画");
    }

    static EventEnvelope<PlanSubmitted> withPlanTitle(String title) {
        EventEnvelope<PlanSubmitted> fixture = ContractFixtures.event("plan.submitted", PlanSubmitted.class);
        PlanRevision retitled = PlanRevisions.retitled(fixture.payload().plan(), title);
        return new EventEnvelope<>(UUID.randomUUID(), fixture.eventType(), 1, fixture.occurredAt(),
                fixture.producer(), fixture.aggregateId(), fixture.municipalityCode(), fixture.correlationId(),
                new PlanSubmitted(retitled));
    }

    /**
     * Document number (where there is one) and era date on top, then 品川区長 殿, the sender with (公印省略), the
     * subject; 記 … 以上 and the 担当 block at the end; no internal revision number, no 助成金.
     */
    static void assertFormalLetter(Letter letter, Expected expected) {
        assertThat(letter.subject()).isEqualTo(expected.subject());
        assertThat(letter.text()).startsWith(expected.textHead())
                .contains("\n記\n").contains("\n以上\n\n担当 産業労働局商工部地域産業振興課\n電話 03-5320-4748\n")
                .doesNotContainPattern("\\(第[0-9]+版\\)").doesNotContain("助成金").doesNotContain("督促");
        assertThat(letter.html()).contains(">記<").contains(">以上<").contains("担当 産業労働局商工部地域産業振興課");
        assertThat(letter.document()).as("the PDF document").isNotNull();
        assertThat(letter.html()).contains("<title>" + expected.subject() + "</title>")
                .contains(expected.addressee()).contains(expected.eraDate()).contains("東京都産業労働局長");
    }
}
