package jp.tokyo.monozukuri.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.ReviewStarted;
import jp.tokyo.monozukuri.notification.PdfText;
import jp.tokyo.monozukuri.notification.persistence.NoticeDocument;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Recipients and notices over HTTP, with the rights of each role. */
class NotificationApiTest extends NotificationServiceIntegrationTest {

    private static final String FUCHU = "132063";
    private static final String PROBLEMS = "https://monozukuri-grants.metro.tokyo.example/problems/";

    @Test
    void staffSetTheRecipientsOfAMunicipalityAndItReadsThemBack() {
        // when
        ResponseEntity<Map> put = putRecipients("132039", TestTokens.admin(),
                List.of(" Sangyo@City.Musashino.example.jp ", "kikaku@city.musashino.example.jp"));

        // then
        assertThat(put.getStatusCode().value()).isEqualTo(200);
        assertThat(put.getBody()).containsEntry("municipalityName", "武蔵野市").containsEntry("addressee", "武蔵野市長")
                .containsEntry("addresses", List.of("sangyo@city.musashino.example.jp",
                        "kikaku@city.musashino.example.jp"));
        assertThat(getRecipients("132039", TestTokens.municipality("132039")).getBody())
                .containsEntry("addresses", List.of("sangyo@city.musashino.example.jp",
                        "kikaku@city.musashino.example.jp"));
        assertThat(getRecipients("132039", TestTokens.reviewer("tokyo-reviewer-sato")).getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void onlyStaffAdministratorsSetRecipientsAndAMunicipalitySeesOnlyItsOwn() {
        assertThat(putRecipients(TestTokens.MITAKA, TestTokens.municipality(TestTokens.MITAKA),
                List.of("x@city.mitaka.example.jp")).getStatusCode().value()).isEqualTo(403);
        assertThat(putRecipients(TestTokens.MITAKA, TestTokens.approver("tokyo-approver-suzuki"),
                List.of("x@city.mitaka.example.jp")).getStatusCode().value()).isEqualTo(403);
        assertThat(getRecipients(TestTokens.MITAKA, TestTokens.municipality(TestTokens.SHINAGAWA))
                .getStatusCode().value()).isEqualTo(404);
        assertThat(http().get().uri("/api/recipients/{code}", TestTokens.MITAKA).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void anUnknownOrNonTokyoCodeIsABadRequestNamingTheCode() {
        for (String code : List.of("131092", "011002", "13109")) {
            ResponseEntity<Map> put = putRecipients(code, TestTokens.admin(), List.of("x@example.jp"));
            assertThat(put.getStatusCode().value()).as(code).isEqualTo(400);
            assertThat(put.getBody()).containsEntry("type", PROBLEMS + "validation");
            assertThat(put.getBody().get("errors").toString()).contains("municipalityCode");
            assertThat(getRecipients(code, TestTokens.admin()).getStatusCode().value()).as(code).isEqualTo(400);
        }
    }

    @Test
    void anAddressThatIsNotAMailboxIsABadRequestNamingItAndNothingIsWritten() {
        // given
        putRecipients("132055", TestTokens.admin(), List.of("sangyo@city.ome.example.jp"));

        // when
        ResponseEntity<Map> put = putRecipients("132055", TestTokens.admin(),
                List.of("kikaku@city.ome.example.jp", "青梅市役所"));

        // then
        assertThat(put.getStatusCode().value()).isEqualTo(400);
        assertThat(put.getBody().get("errors").toString()).contains("addresses[1]");
        assertThat(getRecipients("132055", TestTokens.admin()).getBody())
                .containsEntry("addresses", List.of("sangyo@city.ome.example.jp"));
    }

    @Test
    void noticesAreListedFilteredAndReadWithTheirLetterAndAMunicipalitySeesOnlyItsOwn() {
        // given
        NoticeDocument notice = aSentNoticeToFuchu();

        // when
        ResponseEntity<Map> staffList = list("?municipalityCode=" + FUCHU + "&status=SENT&eventType=review.started",
                TestTokens.admin());
        ResponseEntity<Map> fuchuList = list("?size=100", TestTokens.municipality(FUCHU));
        ResponseEntity<Map> mitakaList = list("?municipalityCode=" + FUCHU, TestTokens.municipality(TestTokens.MITAKA));

        // then
        assertThat(staffList.getStatusCode().value()).isEqualTo(200);
        assertThat(ids(staffList)).contains(notice.id());
        assertThat(contents(fuchuList)).isNotEmpty().allSatisfy(n -> assertThat(n).containsEntry("municipalityCode", FUCHU));
        assertThat(ids(mitakaList)).doesNotContain(notice.id());

        ResponseEntity<Map> own = getNotice(notice.id(), TestTokens.municipality(FUCHU));
        assertThat(own.getStatusCode().value()).isEqualTo(200);
        assertThat(own.getBody()).containsEntry("status", "SENT").containsEntry("eventType", "review.started");
        assertThat((String) own.getBody().get("text")).contains("府中市長 殿").contains("平成26年2月10日");
        assertThat(getNotice(notice.id(), TestTokens.municipality(TestTokens.MITAKA)).getStatusCode().value())
                .isEqualTo(404);
        assertThat(getNotice("no-such-notice", TestTokens.admin()).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aNoticesDocumentIsAPdfForItsMunicipalityAndTokyoStaffAndNotFoundForAnyoneElse() {
        // given
        NoticeDocument notice = aSentNoticeToFuchu();

        // when
        ResponseEntity<byte[]> own = document(notice.id(), TestTokens.municipality(FUCHU));
        ResponseEntity<byte[]> staff = document(notice.id(), TestTokens.reviewer("tokyo-reviewer-sato"));

        // then
        assertThat(own.getStatusCode().value()).isEqualTo(200);
        assertThat(own.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(own.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("地域産業基盤強化計画の審査開始について(通知).pdf");
        assertThat(PdfText.of(own.getBody())).contains("平成26年2月10日").contains("府中市長 殿").contains("(公印省略)")
                .contains("記").contains("以上").contains("担当 産業労働局商工部地域産業振興課");
        assertThat(staff.getStatusCode().value()).isEqualTo(200);
        assertThat(staff.getBody()).isEqualTo(own.getBody());
        assertThat(getNotice(notice.id(), TestTokens.municipality(FUCHU)).getBody())
                .containsEntry("document", "/api/notifications/" + notice.id() + "/document")
                .containsEntry("sealRequired", false);

        ResponseEntity<byte[]> other = document(notice.id(), TestTokens.municipality(TestTokens.MITAKA));
        assertThat(other.getStatusCode().value()).isEqualTo(404);
        assertThat(other.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(document("no-such-notice", TestTokens.admin()).getStatusCode().value()).isEqualTo(404);
        assertThat(http().get().uri("/api/notifications/{id}/document", notice.id()).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void theDocumentEndpointIsInTheApiDocsAsAPdf() {
        // when
        String docs = http().get().uri("/v3/api-docs").retrieve().body(String.class);

        // then
        assertThat(docs).contains("/api/notifications/{id}/document").contains("application/pdf");
    }

    @Test
    void aBadFilterIsABadRequestNamingIt() {
        assertThat(list("?status=LOST", TestTokens.admin()).getBody().get("errors").toString()).contains("status");
        assertThat(list("?eventType=plan.drafted", TestTokens.admin()).getBody().get("errors").toString())
                .contains("eventType");
        assertThat(list("?size=1000", TestTokens.admin()).getStatusCode().value()).isEqualTo(400);
        assertThat(list("?municipalityCode=999999", TestTokens.admin()).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void staffResendASentNoticeWhichGoesOutOnceMore() {
        // given
        NoticeDocument notice = aSentNoticeToFuchu();

        // when
        ResponseEntity<Map> resent = resend(notice.id(), TestTokens.admin());

        // then
        assertThat(resent.getStatusCode().value()).isEqualTo(202);
        assertThat(resent.getBody()).containsEntry("status", "PENDING");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(SMTP.mailsOfEvent(notice.eventId())).hasSize(2));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(getNotice(notice.id(), TestTokens.admin()).getBody()).containsEntry("status", "SENT")
                        .containsEntry("attempts", 2));
    }

    @Test
    void onlyStaffAdministratorsResendAndAPendingNoticeIsNotResent() {
        // given
        NoticeDocument notice = aSentNoticeToFuchu();

        // when / then
        assertThat(resend(notice.id(), TestTokens.municipality(FUCHU)).getStatusCode().value()).isEqualTo(403);
        assertThat(resend(notice.id(), TestTokens.admin()).getStatusCode().value()).isEqualTo(202);
        ResponseEntity<Map> again = resend(notice.id(), TestTokens.admin());
        if (again.getStatusCode().value() == 409) {
            assertThat(again.getBody()).containsEntry("type", PROBLEMS + "notice-already-pending");
        } else {
            assertThat(again.getStatusCode().value()).as("sent again before the second re-send").isEqualTo(202);
        }
        assertThat(resend("no-such-notice", TestTokens.admin()).getStatusCode().value()).isEqualTo(404);
    }

    /** A review of 府中市's plan started; its one recipient was mailed. */
    private NoticeDocument aSentNoticeToFuchu() {
        recipientsOf(FUCHU, "sangyo@city.fuchu.example.jp");
        OffsetDateTime at = OffsetDateTime.parse("2014-02-10T10:00:00+09:00");
        EventEnvelope<ReviewStarted> started = EventEnvelope.create(EventTypes.REVIEW_STARTED, at, "approval-service",
                "plan-fuchu-2014", FUCHU, null, new ReviewStarted("review-fuchu", "plan-fuchu-2014", 1,
                        "府中市ものづくり産業基盤強化計画(例示)", "tokyo-reviewer-sato", at));
        publish(started);
        String eventId = started.eventId().toString();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(noticesOf(eventId)).singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo("SENT")));
        return noticesOf(eventId).get(0);
    }

    private ResponseEntity<Map> putRecipients(String code, String token, List<String> addresses) {
        return http().put().uri("/api/recipients/{code}", code).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("addresses", addresses))
                .retrieve().toEntity(Map.class);
    }

    private ResponseEntity<Map> getRecipients(String code, String token) {
        return http().get().uri("/api/recipients/{code}", code).header("Authorization", token)
                .retrieve().toEntity(Map.class);
    }

    private ResponseEntity<Map> list(String query, String token) {
        return http().get().uri("/api/notifications" + query).header("Authorization", token)
                .retrieve().toEntity(Map.class);
    }

    private ResponseEntity<Map> getNotice(String id, String token) {
        return http().get().uri("/api/notifications/{id}", id).header("Authorization", token)
                .retrieve().toEntity(Map.class);
    }

    private ResponseEntity<byte[]> document(String id, String token) {
        return http().get().uri("/api/notifications/{id}/document", id).header("Authorization", token)
                .accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON)
                .retrieve().toEntity(byte[].class);
    }

    private ResponseEntity<Map> resend(String id, String token) {
        return http().post().uri("/api/notifications/{id}/resend", id).header("Authorization", token)
                .retrieve().toEntity(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> contents(ResponseEntity<Map> page) {
        return (List<Map<String, Object>>) page.getBody().get("items");
    }

    private static List<Object> ids(ResponseEntity<Map> page) {
        return contents(page).stream().map(n -> n.get("id")).toList();
    }
}
