package jp.tokyo.monozukuri.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.notification.ContractFixtures;
import jp.tokyo.monozukuri.notification.ExpectedLetters;
import jp.tokyo.monozukuri.notification.ExpectedLetters.Expected;
import jp.tokyo.monozukuri.notification.PdfText;
import jp.tokyo.monozukuri.notification.it.TestSmtp.Mail;
import jp.tokyo.monozukuri.notification.application.Recipients;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every contract fixture, published on its topic, arrives as a formal letter in each recipient's mailbox, with its PDF
 * document attached.
 */
class NoticesByMailTest extends NotificationServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SHINAGAWA_PLAN_CONTACT = "monozukuri@city.shinagawa.example.jp";
    private static final String SHINAGAWA_PLAN = "plan-shinagawa-2014";

    @Autowired
    Recipients recipients;

    /** The fixtures' plan has been submitted: its contact is known, as it is after plan.submitted. */
    @BeforeEach
    void theShinagawaPlanWasSubmitted() {
        recipients.recordContact(SHINAGAWA_PLAN, "131091", 1, SHINAGAWA_PLAN_CONTACT);
    }

    static Stream<Expected> fixtures() {
        return ExpectedLetters.SINGLE_MUNICIPALITY.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachEventFixtureBecomesExactlyOneMailPerRecipientWithItsSubjectAddresseeAndEraDate(Expected expected) {
        // given
        String tag = expected.eventType().replace('.', '-');
        String sangyo = mailbox("sangyo-" + tag, expected.municipalityCode());
        String kikaku = mailbox("kikaku-" + tag, expected.municipalityCode());
        recipientsOf(expected.municipalityCode(), sangyo, kikaku);
        List<String> recipients = new ArrayList<>(List.of(sangyo, kikaku));
        String eventId = newEventId();
        if (SHINAGAWA_PLAN.equals(planOf(freshFixture(expected.eventType(), eventId)))) {
            recipients.add(SHINAGAWA_PLAN_CONTACT); // the plan's contact hears of its own plan
        }

        // when
        publish(expected.eventType(), "aggregate-" + tag, freshFixture(expected.eventType(), eventId));

        // then
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(SMTP.mailsOfEvent(eventId)).extracting(Mail::to)
                .containsExactlyInAnyOrderElementsOf(recipients));
        assertThat(SMTP.mailsOfEvent(eventId)).allSatisfy(mail -> assertFormalLetter(mail, expected));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(noticesOf(eventId))
                .hasSize(recipients.size())
                .allSatisfy(n -> assertThat(n.status()).isEqualTo("SENT")));
    }

    @Test
    void aSubmittedPlansContactIsNotAddedToItsMunicipalitysStandingList() {
        // given
        recipientsOf("131091", mailbox("sangyo-contact-test", "131091"));

        // when
        publish(EventTypes.PLAN_SUBMITTED, SHINAGAWA_PLAN, freshFixture(EventTypes.PLAN_SUBMITTED, newEventId()));

        // then
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(http().get().uri("/api/recipients/131091")
                .header("Authorization", TestTokens.admin()).retrieve().body(RecipientsView.class).planContacts())
                .extracting(PlanContactView::address).contains(SHINAGAWA_PLAN_CONTACT));
        assertThat(http().get().uri("/api/recipients/131091").header("Authorization", TestTokens.admin())
                .retrieve().body(RecipientsView.class).addresses())
                .containsExactly(mailbox("sangyo-contact-test", "131091"));
    }

    @Test
    void aPublishedRoundReachesTheRecipientsOfEachAnnouncedMunicipalityInTheirOwnLetter() {
        // given
        for (Expected expected : ExpectedLetters.ROUND_ANNOUNCED) {
            recipientsOf(expected.municipalityCode(), mailbox("koho", expected.municipalityCode()));
        }
        String eventId = newEventId();

        // when
        publish(EventTypes.APPROVAL_ROUND_PUBLISHED, "round-2014-03-13",
                freshFixture(EventTypes.APPROVAL_ROUND_PUBLISHED, eventId));

        // then: the standing lists, and 品川区's plan contact for its own plan's announcement
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(SMTP.mailsOfEvent(eventId)).hasSize(5));
        for (Expected expected : ExpectedLetters.ROUND_ANNOUNCED) {
            assertThat(SMTP.mailsOfEvent(eventId))
                    .filteredOn(mail -> mail.to().equals(mailbox("koho", expected.municipalityCode())))
                    .singleElement().satisfies(mail -> assertFormalLetter(mail, expected));
        }
        assertThat(SMTP.mailsOfEvent(eventId)).filteredOn(mail -> mail.to().equals(SHINAGAWA_PLAN_CONTACT))
                .singleElement().satisfies(mail -> assertThat(mail.text()).contains("品川区長 殿"));
    }

    static void assertFormalLetter(Mail mail, Expected expected) {
        assertThat(mail.subject()).isEqualTo(expected.subject());
        assertThat(mail.from()).isEqualTo("monozukuri-notice@sangyo-rodo.metro.tokyo.example");
        assertThat(mail.fromName()).isEqualTo("東京都産業労働局");
        assertThat(mail.text().replace("\r\n", "\n")).startsWith(expected.textHead());
        assertThat(mail.html()).contains(expected.addressee()).contains(expected.eraDate());
        assertThat(mail.pdfName()).isEqualTo(expected.subject() + ".pdf");
        assertThat(PdfText.of(mail.pdf())).contains(expected.eraDate()).contains(expected.addressee())
                .contains("以上").contains("担当 産業労働局商工部地域産業振興課");
    }

    /** The plan a fixture's notice is about, as the payload names it. */
    static String planOf(String json) {
        JsonNode payload = ContractFixtures.JSON.readTree(json).path("payload");
        JsonNode planId = payload.has("planId") ? payload.path("planId") : payload.path("plan").path("planId");
        return planId.isMissingNode() || planId.isNull() ? null : planId.asString();
    }

    /** The part of the recipients response this test reads. */
    record RecipientsView(List<String> addresses, List<PlanContactView> planContacts) {
    }

    record PlanContactView(String planId, String address, boolean receives) {
    }
}
