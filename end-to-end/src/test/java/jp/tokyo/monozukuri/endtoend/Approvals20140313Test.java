package jp.tokyo.monozukuri.endtoend;

import static jp.tokyo.monozukuri.localstack.scenario.Approvals20140313.APPROVER;
import static jp.tokyo.monozukuri.localstack.scenario.Approvals20140313.FUNDED;
import static jp.tokyo.monozukuri.localstack.scenario.Approvals20140313.RETURNED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.endtoend.support.Inventory;
import jp.tokyo.monozukuri.endtoend.support.LocalStackExtension;
import jp.tokyo.monozukuri.endtoend.support.Mailboxes;
import jp.tokyo.monozukuri.endtoend.support.ReliabilityReport;
import jp.tokyo.monozukuri.endtoend.support.RunningStack;
import jp.tokyo.monozukuri.localstack.scenario.ApiResponse;
import jp.tokyo.monozukuri.localstack.scenario.Approvals20140313;
import jp.tokyo.monozukuri.localstack.scenario.StackApi;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The system's acceptance case, as deployed: the press release of 2014-03-13 replayed through the REST APIs of the
 * running stack (separate processes, real broker, the services' own stores, the SMTP server, the token issuer), and
 * everything checked where a user would see it — the APIs, the published press release, and each municipality's
 * mailbox over IMAP.
 */
@Order(1)
@ExtendWith(LocalStackExtension.class)
class Approvals20140313Test {

    /** Per municipality, the events it hears of, and how often: the return is 八王子市's, the money 品川区's. */
    private static final Map<String, Map<String, Integer>> EXPECTED_NOTICES = Map.of(
            "131091", counts(Map.of(EventTypes.GRANT_DECIDED, 1, EventTypes.GRANT_CONFIRMED, 1,
                    EventTypes.GRANT_PAID, 1)),
            "131237", counts(Map.of()),
            "132012", counts(Map.of(EventTypes.PLAN_SUBMITTED, 2, EventTypes.REVIEW_STARTED, 2,
                    EventTypes.PLAN_RETURNED, 1)),
            "132047", counts(Map.of()));

    private static RunningStack stack;
    private static StackApi api;
    private static Inventory inventory;
    private static Approvals20140313.Outcome outcome;
    private static List<ObjectNode> requests;

    /** What every municipality hears of, and what {@code extra} changes. */
    private static Map<String, Integer> counts(Map<String, Integer> extra) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String type : List.of(EventTypes.PLAN_SUBMITTED, EventTypes.REVIEW_STARTED, EventTypes.PLAN_APPROVED,
                EventTypes.APPROVAL_ROUND_PUBLISHED, EventTypes.GRANT_OPENED, EventTypes.GRANT_YEAR_OPENED)) {
            counts.put(type, 1);
        }
        counts.putAll(extra);
        return counts;
    }

    @BeforeAll
    static void theFourMunicipalitiesGoThroughTheProgramAsTheirPortalsWouldDriveIt(RunningStack running) {
        stack = running;
        api = running.api();
        inventory = new Inventory(api);
        requests = Approvals20140313.planRequests(api);
        Instant begin = Instant.now();
        long requestsBefore = api.requestCount();

        outcome = new Approvals20140313(api, Duration.ofMinutes(3), step -> System.out.println("[e2e] " + step)).run();
        StackApi.await("the 30 notices of the scenario SENT", Duration.ofMinutes(3), () -> {
            List<JsonNode> notices = inventory.notices();
            boolean complete = EXPECTED_NOTICES.entrySet().stream().allMatch(expected ->
                    countsByEventType(notices, expected.getKey()).equals(expected.getValue()));
            boolean sent = notices.stream().allMatch(n -> n.path("status").asString().equals("SENT"));
            return complete && sent ? Optional.of(true) : Optional.empty();
        });

        long expectedMails = EXPECTED_NOTICES.values().stream().flatMap(m -> m.values().stream())
                .mapToLong(Integer::longValue).sum();
        Mailboxes mailboxes = new Mailboxes(running.endpoints().imapPort());
        long mails = requests.stream().mapToLong(r -> mailboxes.of(contactOf(r)).size()).sum();
        ReliabilityReport.record(new ReliabilityReport.Row("none: the 2014-03-13 scenario",
                "4 plans: " + (api.requestCount() - requestsBefore) + " requests, " + expectedMails + " notices, "
                        + mails + " mails", Math.max(0, expectedMails - mails), Math.max(0, mails - expectedMails),
                api.serverErrorCount(), Duration.between(begin, Instant.now())));
    }

    @Test
    void everyPlanIsApprovedOnThe13thWithADocumentNumberInTheOrderOfTheRelease() {
        List<String> numbers = new ArrayList<>();
        for (Approvals20140313.PlanRun run : outcome.plans()) {
            JsonNode plan = api.read(api.endpoints().plan(), "/api/plans/" + run.planId(), Approvals20140313.officerOf(
                    run.municipalityCode()));
            assertThat(plan.path("status").asString()).as(run.municipalityName()).isEqualTo("APPROVED");
            assertThat(plan.path("decision").path("approved").asBoolean()).isTrue();
            assertThat(plan.path("decision").path("decisionDate").asString()).isEqualTo("2014-03-13");
            assertThat(plan.path("decision").path("decidedBy").asString()).isEqualTo(APPROVER.subject());
            numbers.add(plan.path("decision").path("documentNumber").asString());
        }
        // a decision of 2014-03-13 belongs to FY2013, 平成25年度
        assertThat(numbers).containsExactly("25産労商地第1号", "25産労商地第2号", "25産労商地第3号", "25産労商地第4号");
    }

    @Test
    void theReturnedPlanCarriesTheReasonsAndItsSecondRevisionIsTheOneApproved() {
        Approvals20140313.PlanRun hachioji = outcome.of(RETURNED);
        JsonNode plan = api.read(api.endpoints().plan(), "/api/plans/" + hachioji.planId(),
                Approvals20140313.officerOf(RETURNED));
        assertThat(plan.path("revision").asInt()).isEqualTo(2);
        assertThat(plan.path("decision").path("revision").asInt()).isEqualTo(2);
        assertThat(texts(plan.path("lastReturn").path("reasons"))).isEqualTo(Approvals20140313.RETURN_REASONS);
        assertThat(texts(plan.path("statusHistory"), "to")).containsExactly("DRAFT", "SUBMITTED", "UNDER_REVIEW",
                "RETURNED", "SUBMITTED", "UNDER_REVIEW", "APPROVED");

        JsonNode chain = api.read(api.endpoints().approval(), "/api/plans/" + hachioji.planId() + "/reviews",
                Approvals20140313.REVIEWER);
        assertThat(texts(chain, "status")).containsExactly("RETURNED", "APPROVED");
        assertThat(chain.path(1).path("previousReviewId").asString()).isEqualTo(chain.path(0).path("id").asString());
        // the municipality reads the status and the reasons, never the staff's comments or names
        JsonNode asMunicipality = api.read(api.endpoints().approval(), "/api/plans/" + hachioji.planId() + "/reviews",
                Approvals20140313.officerOf(RETURNED));
        assertThat(asMunicipality.toString()).doesNotContain(Approvals20140313.REVIEWER.subject());
    }

    @Test
    void oneRoundDatedThe13thAnnouncesTheFourApprovedPlansInTheReleasesOrder() {
        JsonNode round = api.read(api.endpoints().approval(), "/api/approval-rounds/" + outcome.roundId(), APPROVER);
        assertThat(round.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(round.path("announcementDate").asString()).isEqualTo("2014-03-13");
        assertThat(texts(round.path("plans"), "municipalityName")).containsExactly("品川区", "江戸川区", "八王子市", "三鷹市");
        assertThat(texts(round.path("plans"), "planPeriod")).containsOnly("平成26~28年度");
        assertThat(inventory.all(api.endpoints().approval(), "/api/approval-rounds")).hasSize(1);
    }

    @Test
    void fourGrantsRunForFiscalYears2014To2016AndShinagawasFirstYearIsPaid() {
        for (Approvals20140313.PlanRun run : outcome.plans()) {
            JsonNode grant = api.read(api.endpoints().grant(), "/api/grants/" + run.grantId(), APPROVER);
            assertThat(texts(grant.path("years"), "fiscalYear")).containsExactly("2014", "2015", "2016");
            String firstYear = grant.path("years").path(0).path("status").asString();
            assertThat(firstYear).as(run.municipalityName()).isEqualTo(run.municipalityCode().equals(FUNDED) ? "PAID" : "OPEN");
            assertThat(grant.path("years").path(1).path("status").asString()).isEqualTo("SCHEDULED");
        }
        JsonNode shinagawa = api.read(api.endpoints().grant(), "/api/grants/" + outcome.of(FUNDED).grantId(), APPROVER)
                .path("years").path(0);
        long eligible = Approvals20140313.plannedCostOf(requests.get(0), 2014);
        assertThat(shinagawa.path("decidedAmountYen").asLong()).isEqualTo(eligible / 2);
        assertThat(shinagawa.path("confirmedAmountYen").asLong()).isEqualTo(Approvals20140313.CONFIRMED_YEN);
        assertThat(shinagawa.path("paidYen").asLong()).isEqualTo(Approvals20140313.CONFIRMED_YEN);
        assertThat(shinagawa.path("outstandingYen").asLong()).isZero();
        assertThat(shinagawa.path("decision").path("documentNumber").asString()).isEqualTo("26産労商地助第1号");
        assertThat(inventory.grants()).hasSize(4);
    }

    @Test
    void thePressReleaseTextCarriesTheFourPlansAsTheSourceDoes() {
        String id = pressReleaseId();
        ApiResponse text = api.exchange("GET", api.endpoints().notification(), "/api/press-releases/" + id,
                Map.of("Accept", "text/plain"), null).expect(200);

        assertThat(text.contentType()).startsWith("text/plain");
        assertThat(text.body()).startsWith("報道発表資料  2014年3月13日  産業労働局\n")
                .contains(" この度、品川区、江戸川区、八王子市及び三鷹市の「地域産業基盤強化計画」を承認しましたのでお知らせします。")
                .contains(" 東京都は計画が開始される平成26年度から3年間にわたり助成を行い、4区市の計画に基づく取組を支援していきます。")
                .endsWith("問い合わせ先\n産業労働局商工部地域産業振興課\n 電話 03-5320-4748\n");
        assertAppearInOrder(text.body(), expectedReleaseLines());
    }

    @Test
    void thePressReleasePageIsPublicAndCarriesTheSamePlans() {
        String id = pressReleaseId();
        ApiResponse page = api.exchange("GET", api.endpoints().notification(), "/api/press-releases/" + id,
                Map.of("Accept", "text/html"), null).expect(200);

        assertThat(page.contentType()).isEqualToIgnoringCase("text/html;charset=UTF-8");
        for (ObjectNode request : requests) {
            assertThat(page.body()).contains(request.path("title").asString(), request.path("summary").asString());
        }
        assertAppearInOrder(page.body(), requests.stream().map(r -> r.path("title").asString()).toList());
    }

    @Test
    void eachMunicipalitysMailboxHoldsExactlyTheNoticesItShouldEachOnce() {
        Mailboxes mailboxes = new Mailboxes(stack.endpoints().imapPort());
        List<JsonNode> notices = inventory.notices();
        for (ObjectNode request : requests) {
            String code = request.path("municipalityCode").asString();
            List<Mailboxes.Mail> mails = mailboxes.of(contactOf(request));

            Map<String, JsonNode> noticeById = notices.stream()
                    .filter(n -> n.path("municipalityCode").asString().equals(code))
                    .collect(Collectors.toMap(n -> n.path("id").asString(), n -> n));
            assertThat(mails).extracting(Mailboxes.Mail::noticeId).as(code).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(noticeById.keySet());
            assertThat(mails).as("every mail of " + code + " carries its PDF document").allSatisfy(mail ->
                    assertThat(new String(mail.pdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-"));
            Map<String, Integer> byType = new TreeMap<>();
            mails.forEach(mail -> byType.merge(noticeById.get(mail.noticeId()).path("eventType").asString(), 1,
                    Integer::sum));
            assertThat(byType).as("notices in the mailbox of " + code).isEqualTo(EXPECTED_NOTICES.get(code));
        }
    }

    @Test
    void theApprovalLetterIsAFormalNoticeToTheHeadOfTheMunicipality() {
        Mailboxes mailboxes = new Mailboxes(stack.endpoints().imapPort());
        String approvalNotice = inventory.noticesOf(FUNDED).stream()
                .filter(n -> n.path("eventType").asString().equals(EventTypes.PLAN_APPROVED))
                .map(n -> n.path("id").asString()).findFirst().orElseThrow();

        Mailboxes.Mail letter = mailboxes.of(contactOf(requests.get(0))).stream()
                .filter(mail -> mail.noticeId().equals(approvalNotice)).findFirst().orElseThrow();

        assertThat(letter.subject()).isEqualTo("地域産業基盤強化計画の承認について(通知)");
        assertThat(letter.text()).startsWith("25産労商地第1号\n平成26年3月13日\n")
                .contains("品川区長 殿", "東京都産業労働局長", "「品川区大崎駅周辺地域ものづくり産業基盤強化計画」", "平成26~28年度");
        assertThat(pdfLines(letter.pdf())).as("the attached document reads as Tokyo's notice").containsSubsequence(
                "25産労商地第1号", "平成26年3月13日", "品川区長 殿", "東京都産業労働局長", "(公印省略)",
                "地域産業基盤強化計画の承認について(通知)", "記", "1 計画の名称 「品川区大崎駅周辺地域ものづくり産業基盤強化計画」",
                "2 計画期間 平成26~28年度", "以上", "担当 産業労働局商工部地域産業振興課");
    }

    /** The lines of a PDF document's text, as PDFBox reads them back. */
    private static List<String> pdfLines(byte[] pdf) {
        assertThat(pdf).as("the mail's PDF document").isNotNull();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).lines().map(String::strip).filter(l -> !l.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pressReleaseId() {
        List<JsonNode> releases = inventory.all(api.endpoints().notification(), "/api/press-releases");
        assertThat(releases).hasSize(1);
        assertThat(releases.get(0).path("announcementDate").asString()).isEqualTo("2014-03-13");
        return releases.get(0).path("id").asString();
    }

    /** The lines of the release's body that carry the plans, in their order (as the source has them). */
    private static List<String> expectedReleaseLines() {
        List<String> lines = new ArrayList<>();
        for (ObjectNode plan : requests) {
            String name = Municipalities.byCode(plan.path("municipalityCode").asString()).orElseThrow().name();
            lines.add("「" + plan.path("title").asString() + "」(" + name + ")【計画期間:平成26~28年度】");
            lines.add(" " + plan.path("summary").asString());
            plan.path("figures").forEach(caption -> lines.addAll(List.of(caption.asString().split("\n"))));
            int number = 1;
            for (JsonNode measure : plan.path("measures")) {
                lines.add("  " + number++ + ". " + measure.path("title").asString());
                measure.path("projects").forEach(project -> lines.add(project.path("name").asString()));
            }
        }
        return lines;
    }

    private static void assertAppearInOrder(String text, List<String> expected) {
        int from = 0;
        for (String line : expected) {
            int at = text.indexOf(line, from);
            assertThat(at).as("\"%s\" after position %d", line, from).isGreaterThanOrEqualTo(0);
            from = at + line.length();
        }
    }

    private static Map<String, Integer> countsByEventType(List<JsonNode> notices, String code) {
        Map<String, Integer> counts = new TreeMap<>();
        notices.stream().filter(n -> n.path("municipalityCode").asString().equals(code))
                .forEach(n -> counts.merge(n.path("eventType").asString(), 1, Integer::sum));
        return counts;
    }

    private static String contactOf(JsonNode request) {
        return request.path("contact").path("email").asString();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.path(field).asString()));
        return texts;
    }
}
