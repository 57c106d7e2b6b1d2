package jp.tokyo.monozukuri.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.notification.ExpectedLetters;
import jp.tokyo.monozukuri.notification.ExpectedLetters.Expected;
import jp.tokyo.monozukuri.notification.PdfText;
import jp.tokyo.monozukuri.notification.it.TestSmtp.Mail;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every contract fixture, published on its topic, arrives as a formal letter in each recipient's mailbox, with its PDF
 * document attached.
 */
class NoticesByMailTest extends NotificationServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SHINAGAWA_PLAN_CONTACT = "monozukuri@city.shinagawa.example.jp";

    static Stream<Expected> fixtures() {
        return ExpectedLetters.SINGLE_MUNICIPALITY.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachEventFixtureBecomesExactlyOneMailPerRecipientWithItsSubjectAddresseeAndEraDate(Expected expected) {
        // given
        String tag = expected.eventType().replace('.', '-');
        String sangyo = "sangyo-" + tag + "@city.example.jp";
        String kikaku = "kikaku-" + tag + "@city.example.jp";
        recipientsOf(expected.municipalityCode(), sangyo, kikaku);
        List<String> recipients = new ArrayList<>(List.of(sangyo, kikaku));
        if (expected.eventType().equals(EventTypes.PLAN_SUBMITTED)) {
            recipients.add(SHINAGAWA_PLAN_CONTACT);
        }
        String eventId = newEventId();

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
    void aSubmittedPlansContactBecomesARecipientOfItsMunicipality() {
        // given
        recipientsOf("131091", "sangyo-contact-test@city.shinagawa.example.jp");

        // when
        publish(EventTypes.PLAN_SUBMITTED, "plan-shinagawa-2014", freshFixture(EventTypes.PLAN_SUBMITTED,
                newEventId()));

        // then
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                http().get().uri("/api/recipients/131091")
                        .header("Authorization", TestTokens.admin())
                        .retrieve().body(RecipientsView.class).addresses())
                .containsExactly("sangyo-contact-test@city.shinagawa.example.jp", SHINAGAWA_PLAN_CONTACT));
    }

    @Test
    void aPublishedRoundReachesTheRecipientsOfEachAnnouncedMunicipalityInTheirOwnLetter() {
        // given
        for (Expected expected : ExpectedLetters.ROUND_ANNOUNCED) {
            recipientsOf(expected.municipalityCode(), "koho-" + expected.municipalityCode() + "@city.example.jp");
        }
        String eventId = newEventId();

        // when
        publish(EventTypes.APPROVAL_ROUND_PUBLISHED, "round-2014-03-13",
                freshFixture(EventTypes.APPROVAL_ROUND_PUBLISHED, eventId));

        // then
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(SMTP.mailsOfEvent(eventId)).hasSize(4));
        for (Expected expected : ExpectedLetters.ROUND_ANNOUNCED) {
            assertThat(SMTP.mailsOfEvent(eventId))
                    .filteredOn(mail -> mail.to().equals("koho-" + expected.municipalityCode() + "@city.example.jp"))
                    .singleElement().satisfies(mail -> assertFormalLetter(mail, expected));
        }
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

    /** The part of the recipients response this test reads. */
    record RecipientsView(List<String> addresses) {
    }
}
