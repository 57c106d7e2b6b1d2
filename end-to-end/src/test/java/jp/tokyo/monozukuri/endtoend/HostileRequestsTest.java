package jp.tokyo.monozukuri.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.endtoend.support.HostileRequests;
import jp.tokyo.monozukuri.endtoend.support.Inventory;
import jp.tokyo.monozukuri.endtoend.support.LocalStackExtension;
import jp.tokyo.monozukuri.endtoend.support.Mailboxes;
import jp.tokyo.monozukuri.endtoend.support.PlanWave;
import jp.tokyo.monozukuri.endtoend.support.RecipientOutcomes;
import jp.tokyo.monozukuri.endtoend.support.ReliabilityReport;
import jp.tokyo.monozukuri.endtoend.support.RunningStack;
import jp.tokyo.monozukuri.localstack.scenario.ApiResponse;
import jp.tokyo.monozukuri.localstack.scenario.StackApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * At least 500 malformed or hostile requests against the four running services ({@link HostileRequests}): each
 * answered 4xx as an RFC 9457 problem (what Tomcat refuses itself included), none 5xx, none leaking internals or
 * repeating a forged Host, and the whole system's state the same afterwards.
 */
@Order(3)
@ExtendWith(LocalStackExtension.class)
class HostileRequestsTest {

    /** One request's fate. */
    record Answer(HostileRequests.Hostile request, int status, String contentType, String body, String location) {

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        /**
         * Tomcat refuses some requests before any application code sees them — an encoded "/" or NUL, a request line
         * or header beyond its 8 KB, TRACE — answered by the shared error report as a problem too.
         */
        boolean refusedByTheContainer() {
            return isProblem() && body.contains("refused before it reached the application")
                    || status == 405 && request.method().equals("TRACE");
        }

        @Override
        public String toString() {
            return request + " → " + status + " " + contentType + " " + body.substring(0, Math.min(300, body.length()));
        }
    }

    private static final List<Answer> answers = new ArrayList<>();
    private static List<String> changes;
    private static StackApi api;
    private static Inventory inventory;
    private static Mailboxes mailboxes;
    private static RecipientOutcomes recipientOutcomes;

    @BeforeAll
    static void hostileRequestsHitTheRunningSystem(RunningStack stack) {
        StackApi api = stack.api();
        Inventory inventory = new Inventory(api);
        PlanWave targets = new PlanWave(api, "敵対的リクエスト試験", 2041, 4);
        Set<String> noticesBefore = inventory.notices().stream().map(n -> n.path("id").asString())
                .collect(Collectors.toSet());
        targets.driveToApproval(Duration.ofMinutes(5));
        targets.awaitSettled(inventory, noticesBefore, Duration.ofMinutes(5));
        HostileRequests.Targets aim = aimAt(api, inventory, targets);
        recipientOutcomes = RecipientOutcomes.prepare(api, inventory, aim.codeA(), aim.codeB(),
                targets.members().get(3).code(), targets.planIdOf(targets.members().get(3).code()).orElseThrow());
        HostileRequestsTest.api = api;
        HostileRequestsTest.inventory = inventory;
        mailboxes = new Mailboxes(stack.endpoints().imapPort());
        List<HostileRequests.Hostile> requests = HostileRequests.build(api, aim, trustedSigner(stack));
        Map<String, String> before = inventory.snapshot();

        Instant begin = Instant.now();
        for (HostileRequests.Hostile request : requests) {
            try {
                ApiResponse response = api.exchange(request.method(), request.service(), request.path(),
                        request.headers(), request.body());
                answers.add(new Answer(request, response.status(), response.contentType(), response.body(),
                        response.headers().firstValue("Location").orElse("")));
            } catch (UncheckedIOException noAnswer) {
                answers.add(new Answer(request, 0, "", "no answer: " + noAnswer.getMessage(), ""));
            }
        }
        Duration took = Duration.between(begin, Instant.now());
        changes = Inventory.differences(before, inventory.snapshot());

        long serverErrors = answers.stream().filter(a -> a.status() >= 500).count();
        long byContainer = answers.stream().filter(Answer::refusedByTheContainer).count();
        ReliabilityReport.record(new ReliabilityReport.Row(requests.size() + " malformed or hostile API requests",
                requests.size() + " requests (" + categories() + "); " + byContainer
                        + " refused by Tomcat before the application", 0, changes.size(), serverErrors, took));
    }

    @Test
    void everyHostileRequestIsAnswered4xxAsAProblem() {
        List<Answer> wrong = answers.stream().filter(a -> a.status() < 400 || a.status() >= 500).toList();
        assertThat(wrong).as("answers that are not 4xx").isEmpty();
        // a 406 cannot be a problem document: the caller accepts nothing the service can write
        List<Answer> notProblems = answers.stream().filter(a -> a.status() != 406 && !a.isProblem()).toList();
        assertThat(notProblems).as("4xx answers that are not application/problem+json").isEmpty();
        assertThat(answers).hasSizeGreaterThanOrEqualTo(HostileRequests.AT_LEAST);
        List<Answer> nullMembers = answers.stream().filter(a -> a.body().contains("\":null")).toList();
        assertThat(nullMembers).as("problems with null members").isEmpty();
    }

    @Test
    void noAnswerRepeatsAForgedHost() {
        List<Answer> echoing = answers.stream().filter(a -> a.body().contains(HostileRequests.FORGED_HOST)
                || a.location().contains(HostileRequests.FORGED_HOST)).toList();
        assertThat(echoing).isEmpty();
    }

    @Test
    void theManagementPortShowsAnonymousCallersTheStatusOnly(RunningStack stack) {
        StackApi api = stack.api();
        for (java.net.URI management : List.of(api.endpoints().planManagement(), api.endpoints().approvalManagement(),
                api.endpoints().grantManagement(), api.endpoints().notificationManagement())) {
            ApiResponse anonymous = api.exchange("GET", management, "/actuator/health", Map.of(), null);
            ApiResponse prometheus = api.exchange("GET", management, "/actuator/prometheus", Map.of(), null);
            assertThat(anonymous.status()).as(management.toString()).isEqualTo(200);
            assertThat(anonymous.body()).contains("\"status\"").doesNotContain("components", "binders", "mongo",
                    "smtp", "topic");
            assertThat(prometheus.status()).as(management.toString()).isEqualTo(200);
        }
    }

    @Test
    void noAnswerShowsTheServicesInsides() {
        List<Answer> leaking = answers.stream().filter(a -> Stream.of("Exception", "\tat ", "org.springframework",
                "com.mongodb", "tools.jackson", "jp.tokyo.monozukuri").anyMatch(a.body()::contains)).toList();
        assertThat(leaking).isEmpty();
    }

    @Test
    void nothingInAnyServiceChanged() {
        assertThat(changes).isEmpty();
    }

    @Test
    void plansWithAnOutsideOrAnotherMunicipalitysContactSentNothingThere() {
        RecipientOutcomes o = recipientOutcomes;
        assertThat(o.hostileNotices()).as("the receipts and review starts of A's two plans").hasSize(4)
                .allSatisfy(n -> assertThat(n.path("recipient").asString()).isEqualTo(o.standing()));
        assertThat(mailboxes.of(o.outsideContact())).as("the outside mailbox").isEmpty();
        Set<String> ownNotices = inventory.noticesOf(o.codeB()).stream().map(n -> n.path("id").asString())
                .collect(Collectors.toSet());
        assertThat(mailboxes.of(o.foreignContact())).as("B's mailbox holds B's letters only")
                .allSatisfy(mail -> assertThat(ownNotices).contains(mail.noticeId()));
        JsonNode recipients = api.read(api.endpoints().notification(), "/api/recipients/" + o.codeA(),
                Inventory.AUDITOR);
        assertThat(recipients.path("addresses").size()).as("nothing a plan says is on the standing list").isZero();
        for (String plan : o.hostilePlans()) {
            JsonNode contact = StreamSupport.stream(recipients.path("planContacts").spliterator(), false)
                    .filter(c -> c.path("planId").asString().equals(plan)).findFirst().orElseThrow();
            assertThat(contact.path("receives").asBoolean()).as(plan).isFalse();
        }
    }

    @Test
    void aRoundAnnouncedAheadIsNotPublicAndItsNoticesWaitForTheDate() {
        RecipientOutcomes o = recipientOutcomes;
        ApiResponse anonymous = api.exchange("GET", api.endpoints().notification(),
                "/api/press-releases/" + o.embargoedRound(), Map.of("Accept", "text/plain"), null);
        assertThat(anonymous.status()).isEqualTo(404);
        assertThat(anonymous.isProblem()).isTrue();
        ApiResponse publicList = api.exchange("GET", api.endpoints().notification(), "/api/press-releases?size=100",
                Map.of(), null).expect(200);
        assertThat(publicList.body()).doesNotContain(o.embargoedRound());
        assertThat(inventory.all(api.endpoints().notification(), "/api/press-releases"))
                .filteredOn(r -> r.path("id").asString().equals(o.embargoedRound())).singleElement()
                .satisfies(r -> assertThat(r.path("embargoed").asBoolean()).as("listed to staff").isTrue());
        List<JsonNode> waiting = inventory.noticesOf(o.embargoedCode()).stream()
                .filter(n -> n.path("eventType").asString().equals("approval-round.published")).toList();
        assertThat(waiting).isNotEmpty().allSatisfy(n -> {
            assertThat(n.path("status").asString()).isEqualTo("PENDING");
            assertThat(n.path("notBefore").asString()).isEqualTo(RecipientOutcomes.EMBARGO_ENDS);
        });
        Set<String> waitingIds = waiting.stream().map(n -> n.path("id").asString()).collect(Collectors.toSet());
        assertThat(mailboxes.of(PlanWave.mailboxOf(o.embargoedCode()))).extracting(Mailboxes.Mail::noticeId)
                .doesNotContainAnyElementsOf(waitingIds);
    }

    private static HostileRequests.Targets aimAt(StackApi api, Inventory inventory, PlanWave wave) {
        String codeA = wave.members().get(0).code();
        String planA = wave.planIdOf(codeA).orElseThrow();
        JsonNode chain = api.read(api.endpoints().approval(), "/api/plans/" + planA + "/reviews", Inventory.AUDITOR);
        String noticeA = inventory.noticesOf(codeA).get(0).path("id").asString();
        List<String> foreign = Municipalities.tokyo().stream().map(Municipality::code)
                .filter(code -> !code.equals(codeA)).limit(10).toList();
        return new HostileRequests.Targets(codeA, planA, chain.path(0).path("id").asString(), "grant-" + planA,
                noticeA, 2041, wave.members().get(1).code(), foreign);
    }

    /** Signs claims with the token issuer's own key (in the stack's data folder): tokens the issuer never writes. */
    private static java.util.function.Function<JWTClaimsSet, String> trustedSigner(RunningStack stack) {
        try {
            RSAKey key = RSAKey.parse(Files.readString(
                    stack.dataDir().resolve("stack/token-issuer/signing-key.jwk.json")));
            return claims -> {
                try {
                    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                            claims);
                    jwt.sign(new RSASSASigner(key));
                    return "Bearer " + jwt.serialize();
                } catch (JOSEException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (java.io.IOException | java.text.ParseException e) {
            throw new IllegalStateException("cannot read the token issuer's key", e);
        }
    }

    private static String categories() {
        Map<String, Integer> counts = new TreeMap<>();
        answers.forEach(a -> counts.merge(a.request().category(), 1, Integer::sum));
        return String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
    }
}
