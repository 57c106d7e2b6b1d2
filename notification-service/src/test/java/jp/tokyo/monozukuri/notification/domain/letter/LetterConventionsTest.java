package jp.tokyo.monozukuri.notification.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.notification.ContractFixtures;
import jp.tokyo.monozukuri.notification.PdfText;
import jp.tokyo.monozukuri.notification.domain.NoticeKind;
import jp.tokyo.monozukuri.notification.domain.template.TemplateLibrary;
import org.junit.jupiter.api.Test;

/** The conventions of Tokyo's letters that are settings or follow the letter's date. */
class LetterConventionsTest {

    private static final TemplateLibrary TEMPLATES = TemplateLibrary.fromClasspath("templates");
    private static final LetterWriter TOKYO = new LetterWriter(TEMPLATES,
            Letterhead.TOKYO_BUREAU_OF_INDUSTRIAL_AND_LABOR_AFFAIRS);
    private static final LetterContents CONTENTS = new LetterContents();

    @Test
    void aDecisionOfFiscal2019WrittenBeforeTheFirstOfMayNamesItHeisei31() {
        // given
        EventEnvelope<?> april = ContractFixtures.eventWith("grant.decided",
                Map.of("fiscalYear", 2019, "decisionDate", "2019-04-22", "reportDueDate", "2020-04-30"));
        EventEnvelope<?> may = ContractFixtures.eventWith("grant.decided",
                Map.of("fiscalYear", 2019, "decisionDate", "2019-05-20", "reportDueDate", "2020-04-30"));

        // when
        Letter inApril = write(NoticeKind.GRANT_DECIDED, april);
        Letter inMay = write(NoticeKind.GRANT_DECIDED, may);

        // then
        assertThat(inApril.subject()).startsWith("平成31年度ものづくり産業集積強化支援事業費補助金");
        assertThat(inApril.text()).contains("平成31年4月22日").doesNotContain("令和元年度");
        assertThat(inMay.subject()).startsWith("令和元年度ものづくり産業集積強化支援事業費補助金");
        assertThat(inMay.text()).contains("令和元年5月20日").contains("実績報告期限 令和2年4月30日");
    }

    @Test
    void anApprovalWrittenInHeiseiCountsAPlanPeriodIntoReiwaOnInHeisei() {
        // given: a plan for FY2018–2020 approved in March 2018
        EventEnvelope<?> approved = ContractFixtures.eventWith("plan.approved",
                Map.of("startFiscalYear", 2018, "endFiscalYear", 2020, "decisionDate", "2018-03-20"));

        // when
        Letter letter = write(NoticeKind.PLAN_APPROVED, approved);

        // then
        assertThat(letter.text()).contains("平成30年度から平成32年度までの3年間").contains("2 計画期間 平成30~32年度");
    }

    @Test
    void theHonorificAfterTheAddresseeIsASetting() {
        // given
        LetterWriter sama = new LetterWriter(TEMPLATES, new Letterhead("東京都産業労働局長", null, "様",
                Set.of(NoticeKind.GRANT_REFUND_DUE), Letterhead.Contact.REGIONAL_INDUSTRY_SECTION),
                ProgramNames.MONOZUKURI_CLUSTER, PdfLetterRendererHolder.RENDERER);

        // when
        Letter letter = sama.write(CONTENTS.of(NoticeKind.REVIEW_STARTED,
                ContractFixtures.event("review.started")).get(0));

        // then
        assertThat(letter.text()).contains("\n品川区長 様\n").doesNotContain("殿");
        assertThat(letter.html()).contains("品川区長 様");
        assertThat(PdfText.of(letter.document().pdf())).contains("品川区長 様");
    }

    @Test
    void theProgramsNamesSenderAndContactComeFromTheSettings() {
        // given: the successor program, a named sender and a full 担当 block
        ProgramNames successor = new ProgramNames("産業集積活性化支援事業", "産業集積活性化支援事業費補助金",
                "地域産業活性化計画", "産業集積活性化支援事業費補助金交付要綱", "平成27年4月1日付27産労商地第1号",
                "東京都補助金等交付規則(昭和37年東京都規則第141号)", "年10.95パーセント", 10);
        Letterhead letterhead = new Letterhead("東京都産業労働局長", "東京 太郎", "殿", Set.of(),
                new Letterhead.Contact("産業労働局商工部地域産業振興課", "地域産業支援担当", "都庁 花子", "03-5320-4748",
                        "chiiki@sangyo-rodo.metro.tokyo.example"));
        LetterWriter writer = new LetterWriter(TEMPLATES, letterhead, successor, null);

        // when
        Letter letter = writer.write(CONTENTS.of(NoticeKind.GRANT_DECIDED, ContractFixtures.event("grant.decided"))
                .get(0));

        // then
        assertThat(letter.subject()).isEqualTo("平成26年度産業集積活性化支援事業費補助金の交付決定について(通知)");
        assertThat(letter.text()).contains("産業集積活性化支援事業費補助金交付要綱(平成27年4月1日付27産労商地第1号)(以下「要綱」という。)")
                .contains("10日以内に限り").contains("東京都産業労働局長 東京 太郎\n(公印省略)")
                .contains("担当 産業労働局商工部地域産業振興課 地域産業支援担当\n担当者 都庁 花子\n電話 03-5320-4748\n"
                        + "E-mail chiiki@sangyo-rodo.metro.tokyo.example")
                .doesNotContain("ものづくり産業集積強化支援事業");
        assertThat(letter.document()).as("no renderer, no document").isNull();
    }

    private static Letter write(NoticeKind kind, EventEnvelope<?> event) {
        return TOKYO.write(CONTENTS.of(kind, event).get(0));
    }

    /** The shipped font's renderer, parsed once for the tests. */
    private static final class PdfLetterRendererHolder {
        static final jp.tokyo.monozukuri.notification.domain.document.PdfLetterRenderer RENDERER =
                jp.tokyo.monozukuri.notification.domain.document.PdfLetterRenderer.withShippedFont();
    }
}
