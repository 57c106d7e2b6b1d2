package jp.tokyo.monozukuri.notification.domain.pressrelease;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.approval.ApprovalRoundPublished;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.notification.PlanRevisions;
import jp.tokyo.monozukuri.notification.ReferencePlans;
import jp.tokyo.monozukuri.notification.TextAssertions;
import jp.tokyo.monozukuri.notification.domain.template.TemplateLibrary;
import org.junit.jupiter.api.Test;

/** The press release of an approval round, against the release of 2014-03-13 it imitates. */
class PressReleaseWriterTest {

    /** A copy of shared/domain/press-release-2014-03-13.txt, the source this release must reproduce. */
    private static final String SOURCE = "/reference/press-release-2014-03-13.txt";
    private static final PressReleaseWriter WRITER =
            new PressReleaseWriter(TemplateLibrary.fromClasspath("templates"));

    @Test
    void thePlainTextCarriesEveryPlansTitleMunicipalityPeriodSummaryMeasureAndItemInTheSourcesOrder() {
        // given
        List<PlanRevision> plans = ReferencePlans.fourPlans();

        // when
        String text = WRITER.write(ReferencePlans.roundOf(plans)).text();

        // then
        List<String> expectedInOrder = new ArrayList<>();
        for (PlanRevision plan : plans) {
            expectedInOrder.add("「" + plan.title() + "」(" + plan.municipalityName() + ")【計画期間:平成26~28年度】");
            expectedInOrder.add(" " + plan.summary());
            plan.figures().forEach(caption -> expectedInOrder.add(caption));
            for (PlanRevision.Measure measure : plan.measures()) {
                expectedInOrder.add("  " + measure.number() + ". " + measure.title());
                measure.projects().forEach(project -> expectedInOrder.add(project.name()));
            }
        }
        assertThat(expectedInOrder).as("4 titles, summaries and figures, 12 measures, 20 items").hasSize(44);
        TextAssertions.assertAppearInOrder(text, expectedInOrder);
        assertThat(text).contains("「品川区大崎駅周辺地域ものづくり産業基盤強化計画」(品川区)【計画期間:平成26~28年度】",
                "「江戸川区ものづくり産業基盤強化計画」(江戸川区)【計画期間:平成26~28年度】",
                "「八王子市地域産業基盤強化計画」(八王子市)【計画期間:平成26~28年度】",
                "「三鷹市地域産業基盤強化計画」(三鷹市)【計画期間:平成26~28年度】");
    }

    @Test
    void theLeadNamesTheMunicipalitiesTheThreeFundedYearsAndTheBudgetCaveat() {
        // when
        String text = WRITER.write(ReferencePlans.roundOf(ReferencePlans.fourPlans())).text();

        // then
        assertThat(text).startsWith("報道発表資料  2014年3月13日  産業労働局\n")
                .contains(" この度、品川区、江戸川区、八王子市及び三鷹市の「地域産業基盤強化計画」を承認しましたのでお知らせします。")
                .contains(" 東京都は計画が開始される平成26年度から3年間にわたり助成を行い、4区市の計画に基づく取組を支援していきます。")
                .contains("なお、各区市が策定した地域産業基盤強化計画に基づく事業の実施については、都及び当該各区市の予算についての議会の議決を受け、確定するものです。")
                .endsWith("問い合わせ先\n産業労働局商工部地域産業振興課\n 電話 03-5320-4748\n");
    }

    /**
     * Line for line the source, less what belongs to the web page around it (breadcrumbs, the link to the
     * reference material, "back to top", a no-break space of the page's markup) and the 「等」 with which the release
     * shortens some lists of projects.
     */
    @Test
    void thePlainTextIsTheSourceReleaseLineForLine() throws IOException {
        // given
        String source;
        try (InputStream in = PressReleaseWriterTest.class.getResourceAsStream(SOURCE)) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String body = source.substring(source.indexOf("報道発表資料"), source.indexOf("ページの先頭へ戻る"));
        String expected = body.replace('\u00a0', ' ')
                .replaceAll("※参考資料[^\\n]*\\n\\n", "")
                .replaceAll("(?m)^(    .*?) ?等$", "$1")
                .strip();

        // when
        String text = WRITER.write(ReferencePlans.roundOf(ReferencePlans.fourPlans())).text();

        // then
        assertThat(text.strip()).isEqualTo(expected);
    }

    @Test
    void theHtmlPageIsAReadablePageOfTheSameRelease() {
        // when
        String html = WRITER.write(ReferencePlans.roundOf(ReferencePlans.fourPlans())).html();

        // then
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"ja\">")
                .contains("<time datetime=\"2014-03-13\">2014年3月13日</time>")
                .contains("<h3>「三鷹市地域産業基盤強化計画」(三鷹市)【計画期間:平成26~28年度】</h3>")
                .contains("<figcaption>「品川産業支援交流施設」フロアイメージ図<br>(大崎駅近く・平成27年6月開設予定)</figcaption>")
                .contains("<li value=\"2\"><strong>人づくりの強化</strong>")
                .contains("産業労働局商工部地域産業振興課<br>電話 03-5320-4748");
    }

    @Test
    void aScriptInAPlanTitleIsEscapedInTheHtmlPage() {
        // given
        List<PlanRevision> plans = new ArrayList<>(ReferencePlans.fourPlans());
        plans.set(0, PlanRevisions.retitled(plans.get(0), "<script>alert(\"品川\")</script>品川区計画"));

        // when
        PressRelease release = WRITER.write(ReferencePlans.roundOf(plans));

        // then
        assertThat(release.html()).doesNotContain("<script>")
                .contains("「&lt;script&gt;alert(&quot;品川&quot;)&lt;/script&gt;品川区計画」");
        assertThat(release.text()).contains("「<script>alert(\"品川\")</script>品川区計画」");
    }

    @Test
    void aLineBreakInAProjectDescriptionCannotStartALineOfTheRelease() {
        // given a description (multi-line in the plan) trying to end the release with a contact of its own
        PlanRevision.Measure measure = new PlanRevision.Measure(1, "販路開拓", List.of(new PlanRevision.Project(
                "展示会出展", "出展の助成\n\n問い合わせ先\r\n 電話 03-0000-0000", List.of())));

        // when the measure's items are written
        String items = PressReleaseWriter.items(measure);

        // then they stay on the measure's one line
        assertThat(items).isEqualTo("展示会出展(出展の助成 問い合わせ先 電話 03-0000-0000)").doesNotContain("\n", "\r");
    }

    @Test
    void aSingleMunicipalityIsNamedInsteadOfCounted() {
        // given
        PlanRevision mizuho = PlanRevisions.ofMunicipality(ReferencePlans.fourPlans().get(3), "133035");

        // when
        String text = WRITER.write(ReferencePlans.roundOf(List.of(mizuho))).text();

        // then
        assertThat(text).contains("この度、瑞穂町の「地域産業基盤強化計画」を承認しましたのでお知らせします。")
                .contains("助成を行い、瑞穂町の計画に基づく取組を支援していきます。")
                .contains("なお、瑞穂町が策定した地域産業基盤強化計画")
                .contains("都及び瑞穂町の予算についての議会の議決");
    }

    @Test
    void aRoundWithATownOrVillageCountsItsMunicipalitiesAsJichitai() {
        // given
        List<PlanRevision> four = ReferencePlans.fourPlans();
        List<PlanRevision> plans = List.of(PlanRevisions.ofMunicipality(four.get(3), "133035"), four.get(1), four.get(2));

        // when
        String text = WRITER.write(ReferencePlans.roundOf(plans)).text();

        // then
        assertThat(text).contains("この度、瑞穂町、江戸川区及び八王子市の「地域産業基盤強化計画」")
                .contains("3自治体の計画に基づく取組").contains("各自治体が策定した").contains("都及び当該各自治体の予算")
                .doesNotContain("区市町の");
    }

    @Test
    void wardsAndCitiesAloneAreCountedAsKushi() {
        // when
        String text = WRITER.write(ReferencePlans.roundOf(ReferencePlans.fourPlans())).text();

        // then
        assertThat(text).contains("4区市の計画に基づく取組").contains("各区市が策定した").doesNotContain("自治体");
    }

    @Test
    void plansStartingInDifferentYearsAreFundedFromEachOnesStart() {
        // given
        List<PlanRevision> plans = new ArrayList<>(ReferencePlans.fourPlans());
        plans.set(3, PlanRevisions.startingIn(plans.get(3), 2015));

        // when
        String text = WRITER.write(ReferencePlans.roundOf(plans)).text();

        // then
        assertThat(text).contains("東京都は各計画が開始される年度から3年間にわたり助成を行い")
                .contains("「三鷹市地域産業基盤強化計画」(三鷹市)【計画期間:平成27~29年度】");
    }

    @Test
    void theReleaseKeepsTheRoundItsMunicipalitiesAndItsPublication() {
        // given
        EventEnvelope<ApprovalRoundPublished> round = ReferencePlans.roundOf(ReferencePlans.fourPlans());

        // when
        PressRelease release = WRITER.write(round);

        // then
        assertThat(release.id()).isEqualTo("round-2014-03-13");
        assertThat(release.eventId()).isEqualTo(round.eventId());
        assertThat(release.headline()).isEqualTo("ものづくり産業集積強化 地域産業基盤強化計画を承認");
        assertThat(release.municipalityNames()).containsExactly("品川区", "江戸川区", "八王子市", "三鷹市");
        assertThat(release.municipalityCodes()).containsExactly("131091", "131237", "132012", "132047");
        assertThat(release.publishedAt()).isEqualTo(round.payload().publishedAt().toInstant());
    }
}
