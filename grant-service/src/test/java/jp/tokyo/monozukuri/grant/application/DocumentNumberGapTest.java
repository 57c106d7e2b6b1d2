package jp.tokyo.monozukuri.grant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.tokyo.monozukuri.grant.GrantServiceTest;
import jp.tokyo.monozukuri.grant.domain.DecisionTerms;
import jp.tokyo.monozukuri.grant.domain.DocumentNumberIssuer;
import jp.tokyo.monozukuri.grant.domain.GrantYear;
import jp.tokyo.monozukuri.grant.domain.GrantYearStatus;
import jp.tokyo.monozukuri.grant.persistence.DocumentNumberRegister;
import jp.tokyo.monozukuri.infrastructure.security.Caller;
import jp.tokyo.monozukuri.infrastructure.security.Role;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * A decision that fails after its number was issued must not burn the number: the decision stays pending with it and
 * is issued under it by the retry or by the service itself, so the fiscal year's series has no gap and no duplicate.
 */
class DocumentNumberGapTest extends GrantServiceTest {

    private static final String APPROVER = TestTokens.approver("suzuki");
    private static final Caller APPROVER_CALLER = new Caller("suzuki", Set.of(Role.APPROVER), null);
    private static final String DECISION = "{\"decisionDate\": \"2014-05-15\", \"amountYen\": 20000000}";

    @Autowired
    GrantQueries queries;

    @Autowired
    GrantChanges changes;

    @Autowired
    DocumentNumberRegister register;

    @Autowired
    GrantYearSteps steps;

    @Autowired
    PendingDocumentCompleter completer;

    @Test
    void aDecisionThatFailedAfterItsNumberWasIssuedKeepsItOnRetryAndTheSeriesHasNoGap() {
        // given: 品川区 and 八王子市 applied for FY2014
        String shinagawa = appliedGrant("plan-shinagawa-gap", SHINAGAWA);
        String hachioji = appliedGrant("plan-hachioji-gap", HACHIOJI);

        // when: 品川区's decision fails after the register issued its number (the store failed on the save)
        assertThatThrownBy(() -> failingAfterNumbering().decide(shinagawa, 2014, decisionOfTwentyMillion(),
                APPROVER_CALLER)).hasMessageContaining("injected");
        GrantYear pending = year(shinagawa);
        // and 八王子市 is decided meanwhile, then the approver retries 品川区's decision
        ResponseEntity<JsonNode> hachiojiDecided = decide(hachioji, DECISION);
        ResponseEntity<JsonNode> retried = decide(shinagawa, DECISION);

        // then
        assertThat(pending.status()).isEqualTo(GrantYearStatus.APPLIED);
        assertThat(pending.pendingDocument()).isNotNull();
        assertThat(retried.getStatusCode().value()).isEqualTo(200);
        assertThat(numberOf(retried)).isEqualTo("26産労商地助第1号");
        assertThat(numberOf(hachiojiDecided)).isEqualTo("26産労商地助第2号");
        assertThat(year(shinagawa).pendingDocument()).isNull();
        assertThat(issuedSequences()).containsExactly(1, 2);
    }

    @Test
    void aDecisionLeftPendingByAFailureIsIssuedByTheServiceWhenNobodyRetries() {
        // given
        String shinagawa = appliedGrant("plan-shinagawa-abandoned", SHINAGAWA);
        assertThatThrownBy(() -> failingAfterNumbering().decide(shinagawa, 2014, decisionOfTwentyMillion(),
                APPROVER_CALLER)).hasMessageContaining("injected");
        String hachioji = appliedGrant("plan-hachioji-abandoned", HACHIOJI);
        decide(hachioji, DECISION);

        // when: the service's completion runs
        int completed = completer.completeDocumentsPendingSince(Instant.now(clock).plusSeconds(1));

        // then
        assertThat(completed).isEqualTo(1);
        GrantYear year = year(shinagawa);
        assertThat(year.status()).isEqualTo(GrantYearStatus.DECIDED);
        assertThat(year.decision().documentNumber()).isEqualTo("26産労商地助第1号");
        assertThat(year.decision().amountYen()).isEqualTo(20_000_000L);
        assertThat(issuedSequences()).containsExactly(1, 2);
        assertThat(completer.completeDocumentsPendingSince(Instant.now(clock).plusSeconds(1))).isZero();
    }

    @Test
    void whileADecisionIsPendingTheYearTakesNoOtherDecisionAndARefusedDecisionTakesNoNumber() {
        // given
        String shinagawa = appliedGrant("plan-shinagawa-pending", SHINAGAWA);
        assertThat(decide(shinagawa, "{\"decisionDate\": \"2014-05-15\", \"amountYen\": 90000000}")
                .getStatusCode().value()).isEqualTo(422);
        assertThatThrownBy(() -> failingAfterNumbering().decide(shinagawa, 2014, decisionOfTwentyMillion(),
                APPROVER_CALLER)).hasMessageContaining("injected");

        // when
        ResponseEntity<JsonNode> other = decide(shinagawa, "{\"decisionDate\": \"2014-05-16\", \"amountYen\": 1000000}");

        // then
        assertThat(other.getStatusCode().value()).isEqualTo(409);
        assertThat(other.getBody().path("type").asString()).endsWith("/problems/document-in-progress");
        assertThat(issuedSequences()).containsExactly(1);
        assertThat(numberOf(decide(shinagawa, DECISION))).isEqualTo("26産労商地助第1号");
    }

    /** GrantYearSteps whose register issues the number and then fails, as a store failing on the next write. */
    private GrantYearSteps failingAfterNumbering() {
        DocumentNumberIssuer failing = (subject, date) -> {
            register.issue(subject, date);
            throw new IllegalStateException("injected: the store failed after the number was issued");
        };
        return new GrantYearSteps(queries, changes, failing, clock);
    }

    private static DecisionTerms decisionOfTwentyMillion() {
        return new DecisionTerms(LocalDate.of(2014, 5, 15), 20_000_000L, List.of(), null, "suzuki");
    }

    private String appliedGrant(String planId, String code) {
        String grant = openGrant(planId, code);
        recordResolution(2014, "METROPOLITAN", null, "2014-03-27");
        recordResolution(2014, "MUNICIPAL", code, "2014-03-18");
        int status = http().post().uri("/api/grants/{id}/years/2014/application", grant)
                .header("Authorization", TestTokens.municipality(code)).body("""
                        {"applicationDate": "2014-04-15", "eligibleCostYen": 40000000, "requestedAmountYen": 20000000,
                         "breakdown": [{"measureNumber": 1, "projectName": "成長産業参入等支援事業",
                                        "eligibleCostYen": 40000000}]}""")
                .retrieve().toBodilessEntity().getStatusCode().value();
        assertThat(status).isEqualTo(200);
        return grant;
    }

    private ResponseEntity<JsonNode> decide(String grant, String body) {
        return http().post().uri("/api/grants/{id}/years/2014/decision", grant).header("Authorization", APPROVER)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).retrieve()
                .toEntity(JsonNode.class);
    }

    private GrantYear year(String grantId) {
        return queries.stored(grantId).grant().year(2014);
    }

    private static String numberOf(ResponseEntity<JsonNode> decided) {
        for (JsonNode year : decided.getBody().path("years")) {
            if (year.path("fiscalYear").asInt() == 2014) {
                return year.at("/decision/documentNumber").asString();
            }
        }
        throw new AssertionError("no FY2014 in " + decided.getBody());
    }

    private List<Integer> issuedSequences() {
        Document fy2014 = mongo.findById("2014", Document.class, DocumentNumberRegister.COLLECTION);
        return fy2014.getList("issued", Document.class).stream().map(d -> d.getInteger("sequence")).sorted().toList();
    }
}
