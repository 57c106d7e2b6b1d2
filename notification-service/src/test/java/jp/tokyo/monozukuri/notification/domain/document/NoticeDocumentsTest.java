package jp.tokyo.monozukuri.notification.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.notification.ContractFixtures;
import jp.tokyo.monozukuri.notification.ExpectedLetters;
import jp.tokyo.monozukuri.notification.ExpectedLetters.Expected;
import jp.tokyo.monozukuri.notification.domain.EmailAddress;
import jp.tokyo.monozukuri.notification.domain.Notice;
import jp.tokyo.monozukuri.notification.domain.NoticeComposer;
import jp.tokyo.monozukuri.notification.domain.NoticeKind;
import jp.tokyo.monozukuri.notification.domain.letter.LetterLayout;
import jp.tokyo.monozukuri.notification.domain.letter.LetterWriter;
import jp.tokyo.monozukuri.notification.domain.letter.Letterhead;
import jp.tokyo.monozukuri.notification.domain.letter.OfficialDocument;
import jp.tokyo.monozukuri.notification.domain.template.TemplateLibrary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notice kind as its PDF document, read back with PDFBox: the number, the era date, the addressee, 記 … 以上, the
 * 担当 block and (公印省略) where the seal is omitted, in Tokyo's order; A4; the font embedded as a subset. Each kind's
 * document and its first page as PNG are kept under {@code target/documents/} (the PNGs are copied to
 * {@code docs/documents/}).
 */
class NoticeDocumentsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");
    private static final NoticeComposer COMPOSER = new NoticeComposer(new LetterWriter(
            TemplateLibrary.fromClasspath("templates"), Letterhead.TOKYO_BUREAU_OF_INDUSTRIAL_AND_LABOR_AFFAIRS));
    private static final Path REVIEW_DIR = Path.of("target", "documents");

    static Stream<Expected> everyNotice() {
        return Stream.concat(ExpectedLetters.SINGLE_MUNICIPALITY.stream(), ExpectedLetters.ROUND_ANNOUNCED.stream());
    }

    @Test
    void everyNoticeKindHasAFixtureWithADocument() {
        assertThat(everyNotice().map(e -> NoticeKind.forEventType(e.eventType()).orElseThrow()).distinct())
                .containsExactlyInAnyOrder(NoticeKind.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyNotice")
    void everyNoticeIsAnA4DocumentInTokyosLayout(Expected expected) throws IOException {
        // given
        Notice notice = noticeOf(expected);
        OfficialDocument document = notice.letter().document();

        // when
        String text;
        try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within());
            assertThat(first.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within());
            assertEmbeddedSubsetFont(pdf);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(expected.subject());
            text = new PDFTextStripper().getText(pdf);
            if (expected.municipalityCode().equals(ExpectedLetters.SHINAGAWA)
                    || expected.eventType().equals("plan.rejected")) {
                keepForReview(pdf, document, NoticeKind.forEventType(expected.eventType()).orElseThrow());
            }
        }

        // then
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> expectedOrder = new ArrayList<>();
        if (expected.documentNumber() != null) {
            expectedOrder.add(expected.documentNumber());
        }
        expectedOrder.addAll(List.of(expected.eraDate(), expected.addressee(), "東京都産業労働局長"));
        boolean sealed = expected.eventType().equals("grant.refund-due");
        if (!sealed) {
            expectedOrder.add("(公印省略)");
        }
        expectedOrder.addAll(List.of("記", "以上", "担当 産業労働局商工部地域産業振興課", "電話 03-5320-4748"));
        assertThat(lines).containsSubsequence(expectedOrder);
        assertThat(lines.get(0)).isEqualTo(expected.documentNumber() != null ? expected.documentNumber()
                : expected.eraDate());
        assertThat(String.join("", lines)).contains(expected.subject());
        assertThat(document.sealRequired()).isEqualTo(sealed);
        if (sealed) {
            assertThat(lines).doesNotContain("(公印省略)");
        }
        assertThat(document.size()).as("a subset keeps the document small").isLessThan(120_000);
    }

    @Test
    void theOrderToRefundIsIssuedUnderSealAndTheMailSaysTheOriginalFollows() {
        // given
        Notice refund = noticeOf(ExpectedLetters.SINGLE_MUNICIPALITY.stream()
                .filter(e -> e.eventType().equals("grant.refund-due")).findFirst().orElseThrow());

        // then
        assertThat(refund.letter().sealRequired()).isTrue();
        assertThat(refund.letter().text()).contains("公印を押印した正本を別途交付します").doesNotContain("(公印省略)")
                .contains("返還するよう命じます").contains("延滞金");
        assertThat(refund.letter().html()).contains("公印を押印した正本を別途交付します");
    }

    @Test
    void aLongLetterWrapsWithinTheMarginsAndGoesOnToANumberedSecondPage() throws IOException {
        // given
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            items.add(" (" + i + ") 補助事業の実施に当たっては、要綱に定める手続に従い、経費の配分を変更する場合はあらかじめ承認を受けること。");
        }
        LetterLayout letter = new LetterLayout("26産労商地第9号", "平成26年5月15日", "品川区長 殿", "東京都産業労働局長",
                "(公印省略)", "件名", List.of(" 本文。"), items, List.of("担当 地域産業振興課"), false);

        // when
        byte[] pdf = PdfLetterRenderer.withShippedFont().render(letter);

        // then
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("1/" + document.getNumberOfPages()).contains("(60)").contains("以上");
        }
    }

    @Test
    void aCharacterTheFontLacksPrintsAsGetaInsteadOfFailingTheNotice() throws IOException {
        // given: an emoji and a control character in a plan title
        LetterLayout letter = new LetterLayout(null, "令和8年11月28日", "瑞穂町長 様", "東京都産業労働局長", "(公印省略)",
                "件名", List.of(" 計画「工場\u0007🏭」"), List.of(), List.of("担当 地域産業振興課"), false);

        // when
        byte[] pdf = PdfLetterRenderer.withShippedFont().render(letter);

        // then
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("計画「工場〓」").contains("瑞穂町長 様")
                    .doesNotContain("記");
        }
    }

    private static Notice noticeOf(Expected expected) {
        EventEnvelope<?> event = ContractFixtures.event(expected.eventType());
        NoticeKind kind = NoticeKind.forEventType(expected.eventType()).orElseThrow();
        return COMPOSER.compose(kind, event, m -> List.of(EmailAddress.of("sangyo-" + m.code() + "@example.jp")), NOW)
                .stream().filter(n -> n.municipalityCode().equals(expected.municipalityCode())).findFirst()
                .orElseThrow();
    }

    private static void assertEmbeddedSubsetFont(PDDocument pdf) throws IOException {
        PDPage page = pdf.getPage(0);
        List<PDFont> fonts = new ArrayList<>();
        for (var name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            assertThat(font.getName()).as("a subset is named XXXXXX+font").matches("[A-Z]{6}\\+IPAexMincho");
        });
    }

    /** The document and its first page as PNG, under {@code target/documents/<kind>}, for a reviewer to look at. */
    private static void keepForReview(PDDocument pdf, OfficialDocument document, NoticeKind kind) {
        try {
            Files.createDirectories(REVIEW_DIR);
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
            ImageIO.write(page, "png", REVIEW_DIR.resolve(kind.template() + ".png").toFile());
            Files.write(REVIEW_DIR.resolve(kind.template() + ".pdf"), document.pdf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static org.assertj.core.data.Offset<Float> within() {
        return org.assertj.core.data.Offset.offset(0.5f);
    }
}
