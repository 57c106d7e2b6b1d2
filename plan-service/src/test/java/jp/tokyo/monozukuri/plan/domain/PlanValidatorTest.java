package jp.tokyo.monozukuri.plan.domain;

import static jp.tokyo.monozukuri.plan.domain.SamplePlans.RULES;
import static jp.tokyo.monozukuri.plan.domain.SamplePlans.SHINAGAWA;
import static jp.tokyo.monozukuri.plan.domain.SamplePlans.project;
import static jp.tokyo.monozukuri.plan.domain.SamplePlans.shinagawa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import jp.tokyo.monozukuri.infrastructure.text.TextRules;
import jp.tokyo.monozukuri.plan.domain.PlanContent.Measure;
import jp.tokyo.monozukuri.plan.domain.PlanContent.PlannedCost;
import jp.tokyo.monozukuri.plan.domain.PlanContent.Project;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanValidatorTest {

    @Test
    void shinagawasPlanAsThePressReleaseDescribesItIsValid() {
        assertThatCode(() -> RULES.requireValidNewPlan(SHINAGAWA, shinagawa())).doesNotThrowAnyException();
    }

    @Nested
    class MunicipalityCode {

        @Test
        void isRequired() {
            assertThat(fieldsOfNewPlan(null)).containsExactly("municipalityCode");
        }

        @ParameterizedTest
        @ValueSource(strings = {"13109", "1310911", "13109A", "品川区"})
        void mustBeSixDigits(String code) {
            assertThat(fieldsOfNewPlan(code)).containsExactly("municipalityCode");
        }

        @Test
        void mustCarryTheRightCheckDigit() {
            assertThat(messagesOfNewPlan("131092")).containsExactly("municipalityCode: has a wrong check digit");
        }

        @Test
        void mustBeOneOfTokyosMunicipalities() {
            // 札幌市: a valid code, but not a municipality of Tokyo
            assertThat(messagesOfNewPlan("011002"))
                    .containsExactly("municipalityCode: is not one of Tokyo's municipalities");
        }

        @Test
        void acceptsEveryMunicipalityOfThePressRelease() {
            for (String code : List.of("131091", "131237", "132012", "132047")) {
                assertThatCode(() -> RULES.requireValidNewPlan(code, shinagawa())).doesNotThrowAnyException();
            }
        }
    }

    @Nested
    class Period {

        @Test
        void isExactlyThreeFiscalYears() {
            assertThat(messages(Edits.period(shinagawa(), 2014, 2015)))
                    .containsExactly("endFiscalYear: must be 2016: a plan period is exactly 3 fiscal years");
            assertThat(fields(Edits.period(shinagawa(), 2014, 2017))).containsExactly("endFiscalYear");
            assertThat(fields(Edits.period(shinagawa(), 2016, 2014))).containsExactly("endFiscalYear");
        }

        @Test
        void startsNoEarlierThanTheProgramsFirstFiscalYear() {
            assertThat(fields(Edits.period(shinagawa(), 2011, 2013))).containsExactly("startFiscalYear");
            assertThatCode(() -> RULES.requireValid(
                    withCostsInside(Edits.period(shinagawa(), 2012, 2014)))).doesNotThrowAnyException();
        }

        @Test
        void bothEndsAreRequired() {
            assertThat(fields(Edits.period(shinagawa(), null, null)))
                    .containsExactly("startFiscalYear", "endFiscalYear");
        }

        @Test
        void followsAConfiguredProgramLength() {
            PlanValidator fourYears = new PlanValidator(new PlanProgram(4, 2012));

            assertThatCode(() -> fourYears.requireValid(Edits.period(shinagawa(), 2014, 2017)))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> fourYears.requireValid(shinagawa()))
                    .isInstanceOf(InvalidPlanException.class)
                    .hasMessage("endFiscalYear: must be 2017: a plan period is exactly 4 fiscal years");
        }

        @Test
        void aProgramLastsAtLeastOneYear() {
            assertThatThrownBy(() -> new PlanProgram(0, 2012)).isInstanceOf(IllegalArgumentException.class);
        }

        private PlanContent withCostsInside(PlanContent content) {
            List<Measure> measures = content.measures().stream()
                    .map(m -> new Measure(m.title(), m.projects().stream()
                            .map(p -> new Project(p.name(), p.description(), List.of()))
                            .toList()))
                    .toList();
            return Edits.measures(content, measures);
        }
    }

    @Nested
    class Measures {

        @Test
        void atLeastOneIsRequired() {
            assertThat(fields(Edits.measures(shinagawa(), List.of()))).containsExactly("measures");
            assertThat(fields(Edits.measures(shinagawa(), null))).containsExactly("measures");
        }

        @Test
        void atMostTwenty() {
            List<Measure> twenty = measures(20);
            assertThatCode(() -> RULES.requireValid(Edits.measures(shinagawa(), twenty))).doesNotThrowAnyException();
            assertThat(messages(Edits.measures(shinagawa(), measures(21))))
                    .containsExactly("measures: must number between 1 and 20, were 21");
        }

        @Test
        void eachHasATitleAndBetweenOneAndThirtyProjects() {
            List<Measure> measures = new ArrayList<>(shinagawa().measures());
            measures.set(0, new Measure(" ", List.of()));
            measures.set(1, new Measure("品川ビジネスクラブ活動支援事業", projects(31)));
            measures.set(2, new Measure("品川産業支援交流施設基盤整備事業", projects(30)));

            assertThat(fields(Edits.measures(shinagawa(), measures)))
                    .containsExactly("measures[0].title", "measures[0].projects", "measures[1].projects");
        }

        @Test
        void aMissingMeasureOrProjectIsNamed() {
            List<Measure> measures = new ArrayList<>(shinagawa().measures());
            measures.set(1, null);
            measures.set(2, new Measure("品川産業支援交流施設基盤整備事業", Collections.singletonList(null)));

            assertThat(fields(Edits.measures(shinagawa(), measures)))
                    .containsExactly("measures[1]", "measures[2].projects[0]");
        }

        @Test
        void aProjectHasANameAndAnOptionalBoundedDescription() {
            PlanContent content = Edits.project(shinagawa(), 0, 1, p -> new Project(null, "x".repeat(2_001), null));

            assertThat(fields(content)).containsExactly("measures[0].projects[1].name",
                    "measures[0].projects[1].description");
        }

        private List<Measure> measures(int count) {
            return IntStream.rangeClosed(1, count)
                    .mapToObj(i -> new Measure("施策" + i, List.of(project("事業" + i))))
                    .toList();
        }

        private List<Project> projects(int count) {
            return IntStream.rangeClosed(1, count).mapToObj(i -> project("事業" + i)).toList();
        }
    }

    @Nested
    class PlannedCosts {

        @Test
        void mayBeLeftOut() {
            PlanContent content = Edits.project(shinagawa(), 0, 0, p -> new Project(p.name(), null, null));

            assertThatCode(() -> RULES.requireValid(content)).doesNotThrowAnyException();
        }

        @Test
        void areNotNegative() {
            PlanContent content = Edits.project(shinagawa(), 0, 0,
                    p -> new Project(p.name(), null, List.of(new PlannedCost(2014, -1L))));

            assertThat(messages(content))
                    .containsExactly("measures[0].projects[0].plannedCosts[0].amountYen: must not be negative");
        }

        @Test
        void zeroYenIsAPlannedCost() {
            PlanContent content = Edits.project(shinagawa(), 0, 0,
                    p -> new Project(p.name(), null, List.of(new PlannedCost(2014, 0L))));

            assertThatCode(() -> RULES.requireValid(content)).doesNotThrowAnyException();
        }

        @Test
        void onlyForFiscalYearsInsideThePeriod() {
            PlanContent content = Edits.project(shinagawa(), 0, 2, p -> new Project(p.name(), null,
                    List.of(new PlannedCost(2013, 1_000_000L), new PlannedCost(2017, 1_000_000L))));

            assertThat(messages(content)).containsExactly(
                    "measures[0].projects[2].plannedCosts[0].fiscalYear: must lie within the plan period 2014–2016",
                    "measures[0].projects[2].plannedCosts[1].fiscalYear: must lie within the plan period 2014–2016");
        }

        @Test
        void oneAmountPerFiscalYear() {
            PlanContent content = Edits.project(shinagawa(), 1, 0, p -> new Project(p.name(), null,
                    List.of(new PlannedCost(2015, 1_000_000L), new PlannedCost(2015, 2_000_000L))));

            assertThat(fields(content)).containsExactly("measures[1].projects[0].plannedCosts[1].fiscalYear");
        }

        @Test
        void yearAndAmountAreRequired() {
            PlanContent content = Edits.project(shinagawa(), 0, 0,
                    p -> new Project(p.name(), null, List.of(new PlannedCost(null, null))));

            assertThat(fields(content)).containsExactly("measures[0].projects[0].plannedCosts[0].fiscalYear",
                    "measures[0].projects[0].plannedCosts[0].amountYen");
        }

        @Test
        void areBoundedSoThatTotalsNeverOverflow() {
            PlanContent content = Edits.project(shinagawa(), 0, 0,
                    p -> new Project(p.name(), null, List.of(new PlannedCost(2014, Long.MAX_VALUE))));

            assertThat(fields(content)).containsExactly("measures[0].projects[0].plannedCosts[0].amountYen");
        }
    }

    @Nested
    class Texts {

        @Test
        void titleIsRequiredAndAtMost200Characters() {
            assertThat(fields(Edits.title(shinagawa(), ""))).containsExactly("title");
            assertThatCode(() -> RULES.requireValid(Edits.title(shinagawa(), "計".repeat(200))))
                    .doesNotThrowAnyException();
            assertThat(messages(Edits.title(shinagawa(), "計".repeat(201))))
                    .containsExactly("title: must be at most 200 characters, was 201");
        }

        @Test
        void lengthsCountCharactersNotUtf16Units() {
            // 𠮷 (U+20BB7) is one character written as two UTF-16 units
            assertThatCode(() -> RULES.requireValid(Edits.title(shinagawa(), "𠮷".repeat(200))))
                    .doesNotThrowAnyException();
        }

        @Test
        void titleIsASingleLine() {
            assertThat(messages(Edits.title(shinagawa(), "品川区\n計画")))
                    .containsExactly("title: " + TextRules.SINGLE_LINE_MESSAGE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"\u0085", "\u001b[31m", "\u2028", "\u202e", "\u2066", "\u200b", "\t", "\ud800"})
        void aSingleLineHoldsNoControlFormatOrSeparatorCharacterNorALoneSurrogate(String character) {
            assertThat(fields(Edits.title(shinagawa(), "品川区" + character + "計画"))).containsExactly("title");
            assertThat(fields(Edits.email(shinagawa(), "sangyo" + character + "@city.shinagawa.tokyo.jp")))
                    .containsExactly("contact.email");
        }

        @Test
        void aTitleOfZeroWidthSpacesIsBlank() {
            assertThat(messages(Edits.title(shinagawa(), "\u200b\u200b\u3000"))).containsExactly("title: is required");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\u0000", "\u001b[2J", "\u0007", "\r", "\u0085", "\u009b", "\u2029", "\u202e",
                "\udc00"})
        void aMultiLineFieldRefusesControlsButLineBreaksAndTabs(String character) {
            assertThat(fields(Edits.summary(shinagawa(), "背景" + character + "目的"))).containsExactly("summary");
            assertThatCode(() -> RULES.requireValid(Edits.summary(shinagawa(), "背景\r\n\t目的")))
                    .doesNotThrowAnyException();
        }

        @ParameterizedTest
        @ValueSource(strings = {"問い合わせ先", "  画像", "記", "■ 新たな計画", "【計画期間:平成26~28年度】",
                "「偽の計画」(品川区)【計画期間:平成26~28年度】", "「偽の計画」（品川区）", "1. 偽の施策", "２．偽の施策",
                "電話 03-0000-0000", "報道発表資料  2014年3月13日", "――――――", "=====", "―東京の産業集積の維持―"})
        void aSummaryDescriptionOrCaptionCannotForgeAPartOfThePressRelease(String line) {
            assertThat(fields(Edits.summary(shinagawa(), "本区の産業集積を強化する。\n" + line + "\n以下略")))
                    .containsExactly("summary");
            assertThat(fields(Edits.figures(shinagawa(), List.of(line)))).containsExactly("figures[0]");
            assertThat(fields(Edits.project(shinagawa(), 0, 0, p -> new Project(p.name(), "説明\n" + line,
                    p.plannedCosts())))).containsExactly("measures[0].projects[0].description");
        }

        @Test
        void ordinaryLinesOfASummaryAreNotMistakenForPartsOfTheRelease() {
            assertThatCode(() -> RULES.requireValid(Edits.summary(shinagawa(),
                    "「ものづくりのまち品川」を目指し、\n2014年度から3年間、企業の販路開拓を支援する。\n1.5倍の出荷額を目指す。\n電話相談窓口を設ける。")))
                    .doesNotThrowAnyException();
        }

        @Test
        void summaryIsRequiredAndAtMost4000Characters() {
            assertThat(fields(Edits.summary(shinagawa(), null))).containsExactly("summary");
            assertThat(fields(Edits.summary(shinagawa(), "あ".repeat(4_001)))).containsExactly("summary");
            assertThatCode(() -> RULES.requireValid(Edits.summary(shinagawa(), "背景\n目的"))).doesNotThrowAnyException();
        }

        @Test
        void targetAreaIsOptionalButNotBlank() {
            assertThatCode(() -> RULES.requireValid(Edits.targetArea(shinagawa(), null))).doesNotThrowAnyException();
            assertThat(fields(Edits.targetArea(shinagawa(), "  "))).containsExactly("targetArea");
        }

        @Test
        void figureCaptionsAreBoundedAndMayRunOverTwoLines() {
            assertThatCode(() -> RULES.requireValid(Edits.figures(shinagawa(), null))).doesNotThrowAnyException();
            assertThat(fields(Edits.figures(shinagawa(), List.of("近代的な工場街区", "", "x".repeat(201)))))
                    .containsExactly("figures[1]", "figures[2]");
        }

        @Test
        void withdrawalReasonIsOptionalAndBounded() {
            assertThatCode(() -> RULES.requireValidReason(null)).doesNotThrowAnyException();
            assertThatThrownBy(() -> RULES.requireValidReason("理".repeat(2_001)))
                    .isInstanceOf(InvalidPlanException.class)
                    .extracting(e -> ((InvalidPlanException) e).violations().get(0).field()).isEqualTo("reason");
        }
    }

    @Nested
    class Contact {

        @Test
        void isRequired() {
            assertThat(fields(Edits.contact(shinagawa(), null))).containsExactly("contact");
        }

        @Test
        void everyPartIsRequired() {
            assertThat(fields(Edits.contact(shinagawa(), new PlanContent.Contact(null, "", null, " "))))
                    .containsExactly("contact.department", "contact.person", "contact.email", "contact.phone");
        }

        @ParameterizedTest
        @ValueSource(strings = {"monozukuri", "monozukuri@", "@city.example.jp", "a b@city.example.jp",
                "monozukuri@city", "monozukuri@city..example.jp", "ものづくり@city.example.jp"})
        void emailIsWellFormed(String email) {
            assertThat(fields(Edits.email(shinagawa(), email))).containsExactly("contact.email");
        }

        @ParameterizedTest
        @ValueSource(strings = {"03-5320-4748", "0422-45-1151", "042-626-3111", "0353204748", "090-1234-5678"})
        void acceptsJapanesePhoneNumbers(String phone) {
            assertThatCode(() -> RULES.requireValid(Edits.phone(shinagawa(), phone))).doesNotThrowAnyException();
        }

        @ParameterizedTest
        @ValueSource(strings = {"5320-4748", "03-5320-474", "03-5320-47489", "03 5320 4748", "+81-3-5320-4748",
                "電話03-5320-4748", "03-5320-4748\n"})
        void rejectsWhatIsNotAJapanesePhoneNumber(String phone) {
            assertThat(fields(Edits.phone(shinagawa(), phone))).containsExactly("contact.phone");
        }
    }

    @Test
    void everyOffendingFieldIsReportedAtOnce() {
        // given a new plan breaking four rules
        PlanContent content = Edits.project(Edits.email(Edits.title(shinagawa(), null), "not-an-address"), 0, 2,
                p -> new Project(p.name(), null, List.of(new PlannedCost(2016, 5_000_000L),
                        new PlannedCost(2019, 5_000_000L))));

        // when / then
        assertThatThrownBy(() -> RULES.requireValidNewPlan("131092", content))
                .isInstanceOfSatisfying(InvalidPlanException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("municipalityCode", "title",
                                "measures[0].projects[2].plannedCosts[1].fiscalYear", "contact.email"));
    }

    private static List<String> fields(PlanContent content) {
        return violations(() -> RULES.requireValid(content)).stream().map(FieldViolation::field).toList();
    }

    private static List<String> messages(PlanContent content) {
        return violations(() -> RULES.requireValid(content)).stream()
                .map(v -> v.field() + ": " + v.message()).toList();
    }

    private static List<String> fieldsOfNewPlan(String code) {
        return violations(() -> RULES.requireValidNewPlan(code, shinagawa())).stream()
                .map(FieldViolation::field).toList();
    }

    private static List<String> messagesOfNewPlan(String code) {
        return violations(() -> RULES.requireValidNewPlan(code, shinagawa())).stream()
                .map(v -> v.field() + ": " + v.message()).toList();
    }

    private static List<FieldViolation> violations(Runnable check) {
        try {
            check.run();
        } catch (InvalidPlanException e) {
            return e.violations();
        }
        throw new AssertionError("expected the rules to be broken");
    }
}
