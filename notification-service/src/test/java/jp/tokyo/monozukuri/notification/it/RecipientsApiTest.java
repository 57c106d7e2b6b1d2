package jp.tokyo.monozukuri.notification.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.infrastructure.messaging.OnlyOnce;
import jp.tokyo.monozukuri.notification.application.Recipients;
import jp.tokyo.monozukuri.notification.domain.EmailAddress;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 通知先 over the API on the real store: only addresses Tokyo approved for the municipality, at most ten, removal
 * final, and lists stored before this version held back where plan contacts were mixed in.
 */
class RecipientsApiTest extends NotificationServiceIntegrationTest {

    private static final String PROBLEMS = "https://monozukuri-grants.metro.tokyo.example/problems/";
    private static final String CHIYODA = "131016";
    private static final String CHUO = "131024";
    private static final String MINATO = "131032";
    private static final String SHINJUKU = "131041";
    private static final String BUNKYO = "131059";
    private static final String TAITO = "131067";
    private static final String SUMIDA = "131075";

    @Autowired
    Recipients recipients;

    @Test
    void anAddressOutsideTheApprovedDomainsIsABadRequestNamingItAndNothingIsWritten() {
        // given
        put(CHIYODA, List.of(mailbox("sangyo", CHIYODA)), null);

        // when
        ResponseEntity<Map> outside = put(CHIYODA, List.of(mailbox("kikaku", CHIYODA), "intruder@attacker.example"),
                null);
        ResponseEntity<Map> otherMunicipalitys = put(CHIYODA, List.of(mailbox("sangyo", CHUO)), null);
        ResponseEntity<Map> official = put(CHIYODA, List.of("sangyo@city.chiyoda.tokyo.jp",
                "a@shoko.city.chiyoda.tokyo.jp"), null);

        // then
        assertThat(outside.getStatusCode().value()).isEqualTo(400);
        assertThat(outside.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(outside.getBody()).containsEntry("type", PROBLEMS + "recipient-not-approved");
        assertThat(fields(outside)).containsExactly("addresses[1]");
        assertThat(otherMunicipalitys.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(otherMunicipalitys)).containsExactly("addresses[0]");
        assertThat(official.getStatusCode().value()).isEqualTo(200);
        assertThat(get(CHIYODA).getBody()).containsEntry("addresses",
                List.of("sangyo@city.chiyoda.tokyo.jp", "a@shoko.city.chiyoda.tokyo.jp"));
    }

    @Test
    void atMostTenRecipientsPerMunicipality() {
        List<String> ten = IntStream.range(0, 10).mapToObj(i -> mailbox("r" + i, CHUO)).toList();
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> mailbox("r" + i, CHUO)).toList();

        ResponseEntity<Map> tooMany = put(CHUO, eleven, null);
        ResponseEntity<Map> enough = put(CHUO, ten, null);

        assertThat(tooMany.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(tooMany)).containsExactly("addresses");
        assertThat(enough.getStatusCode().value()).isEqualTo(200);
        assertThat(get(CHUO).getBody()).containsEntry("addresses", ten).containsEntry("maxRecipients", 10);
    }

    @Test
    void anAddressStaffRemovedCannotComeBackAsAPlanContact() {
        // given
        put(MINATO, List.of(mailbox("koho", MINATO), mailbox("old", MINATO)), null);
        put(MINATO, List.of(mailbox("koho", MINATO)), null);

        // when: a later plan names the removed address as its contact
        recipients.recordContact("plan-minato-removed", MINATO, 1, mailbox("old", MINATO));
        recipients.recordContact("plan-minato-fine", MINATO, 1, mailbox("tanto", MINATO));

        // then
        Map<String, Object> view = get(MINATO).getBody();
        assertThat(view).containsEntry("addresses", List.of(mailbox("koho", MINATO)))
                .containsEntry("blocked", List.of(mailbox("old", MINATO)));
        assertThat(view.get("planContacts").toString())
                .contains("planId=plan-minato-removed, revision=1, address=" + mailbox("old", MINATO)
                        + ", receives=false")
                .contains("planId=plan-minato-fine, revision=1, address=" + mailbox("tanto", MINATO)
                        + ", receives=true");
        assertThat(recipients.addressesFor(Municipalities.byCode(MINATO).orElseThrow(), "plan-minato-removed"))
                .extracting(EmailAddress::value).containsExactly(mailbox("koho", MINATO));
        assertThat(recipients.addressesFor(Municipalities.byCode(MINATO).orElseThrow(), "plan-minato-fine"))
                .extracting(EmailAddress::value).containsExactly(mailbox("koho", MINATO), mailbox("tanto", MINATO));
    }

    @Test
    void staffBlockAndUnblockPlanContactsByName() {
        put(SHINJUKU, List.of(), List.of(mailbox("tanto", SHINJUKU)));
        recipients.recordContact("plan-shinjuku", SHINJUKU, 1, mailbox("tanto", SHINJUKU));
        assertThat(recipients.addressesFor(Municipalities.byCode(SHINJUKU).orElseThrow(), "plan-shinjuku")).isEmpty();

        put(SHINJUKU, List.of(), List.of());

        assertThat(recipients.addressesFor(Municipalities.byCode(SHINJUKU).orElseThrow(), "plan-shinjuku"))
                .extracting(EmailAddress::value).containsExactly(mailbox("tanto", SHINJUKU));
        ResponseEntity<Map> notAMailbox = put(SHINJUKU, List.of(), List.of("新宿区役所"));
        assertThat(notAMailbox.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(notAMailbox)).containsExactly("blocked[0]");
    }

    @Test
    void aListStoredWithAutomaticallyAddedContactsReceivesNothingUntilStaffSetItAgain() {
        // given: as the previous version stored it, plan contacts added with their event ids
        mongo.save(new Document("_id", BUNKYO).append("addresses", List.of(mailbox("staff", BUNKYO),
                "outsider@attacker.example")).append(OnlyOnce.APPLIED_EVENTS, List.of("e-1", "e-2"))
                .append("updatedAt", Instant.now()), "recipients");
        mongo.save(new Document("_id", TAITO).append("addresses", List.of(mailbox("staff", TAITO),
                "outsider@attacker.example")), "recipients");

        // when
        Map<String, Object> bunkyo = get(BUNKYO).getBody();

        // then
        assertThat(bunkyo).containsEntry("addresses", List.of())
                .containsEntry("unconfirmedAddresses", List.of(mailbox("staff", BUNKYO), "outsider@attacker.example"));
        assertThat(recipients.addressesFor(Municipalities.byCode(BUNKYO).orElseThrow(), null)).isEmpty();
        assertThat(recipients.addressesFor(Municipalities.byCode(TAITO).orElseThrow(), null))
                .as("set by staff alone: kept, as far as approved").extracting(EmailAddress::value)
                .containsExactly(mailbox("staff", TAITO));

        // when staff confirm
        put(BUNKYO, List.of(mailbox("staff", BUNKYO)), null);

        // then
        assertThat(get(BUNKYO).getBody()).containsEntry("addresses", List.of(mailbox("staff", BUNKYO)))
                .containsEntry("unconfirmedAddresses", List.of());
        assertThat(mongo.findById(BUNKYO, Document.class, "recipients")).doesNotContainKey(OnlyOnce.APPLIED_EVENTS);
    }

    @Test
    void aMunicipalityReadsItsOwnRecipientsButCannotChangeThem() {
        put(SUMIDA, List.of(mailbox("koho", SUMIDA)), null);

        ResponseEntity<Map> own = http().get().uri("/api/recipients/{code}", SUMIDA)
                .header("Authorization", TestTokens.municipality(SUMIDA)).retrieve().toEntity(Map.class);
        ResponseEntity<Map> change = http().put().uri("/api/recipients/{code}", SUMIDA)
                .header("Authorization", TestTokens.municipality(SUMIDA)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("addresses", List.of(mailbox("mine", SUMIDA)))).retrieve().toEntity(Map.class);

        assertThat(own.getStatusCode().value()).isEqualTo(200);
        assertThat(change.getStatusCode().value()).isEqualTo(403);
        assertThat(get(SUMIDA).getBody()).containsEntry("addresses", List.of(mailbox("koho", SUMIDA)));
    }

    private ResponseEntity<Map> put(String code, List<String> addresses, List<String> blocked) {
        Map<String, Object> body = blocked == null ? Map.of("addresses", addresses)
                : Map.of("addresses", addresses, "blocked", blocked);
        return http().put().uri("/api/recipients/{code}", code).header("Authorization", TestTokens.admin())
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    private ResponseEntity<Map> get(String code) {
        return http().get().uri("/api/recipients/{code}", code).header("Authorization", TestTokens.admin())
                .retrieve().toEntity(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(ResponseEntity<Map> response) {
        return ((List<Map<String, Object>>) response.getBody().get("errors")).stream()
                .map(e -> e.get("field")).toList();
    }
}
