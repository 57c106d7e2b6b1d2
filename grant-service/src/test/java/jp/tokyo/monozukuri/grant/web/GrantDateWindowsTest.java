package jp.tokyo.monozukuri.grant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.tokyo.monozukuri.grant.GrantServiceTest;
import jp.tokyo.monozukuri.grant.persistence.DocumentNumberRegister;
import jp.tokyo.monozukuri.grant.persistence.GrantDocument;
import jp.tokyo.monozukuri.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Every date field of grant-service, at the API on the real store: outside the program's window (before FY2012,
 * in the future for what already happened, the extremes of ISO dates) or outside the fiscal year's window, it is a
 * 400 naming the field — never a 5xx — and changes nothing, numbers nothing. The clock reads 2014-03-13 and the test
 * profile lets dates run two years ahead of it (the replay of FY2014), so "the future" starts on 2016-03-14.
 */
class GrantDateWindowsTest extends GrantServiceTest {

    private static final String APPROVER = TestTokens.approver("suzuki");
    private static final String SHINAGAWA_STAFF = TestTokens.municipality(SHINAGAWA);
    /** Dates no request of the program can carry. */
    private static final List<String> NEVER = List.of("+999999999-12-31", "-0001-01-01", "0001-01-01", "9999-12-31",
            "2011-03-31");
    private static final String FUTURE = "2016-03-14";

    private final List<String> refusedWithoutA400 = new ArrayList<>();

    @Test
    void everyDateFieldRefusesDatesOutsideItsWindowWithA400NamingIt() {
        String grant = openGrant("plan-shinagawa-dates", SHINAGAWA);
        String year = "/api/grants/" + grant + "/years/2014/";

        // 予算の議決 of FY2014: not before FY2013, not in the future
        String metropolitan = "{\"fiscalYear\": 2014, \"assembly\": \"METROPOLITAN\", \"municipalityCode\": null,"
                + " \"resolutionDate\": \"%s\", \"budgetedAmountYen\": 400000000}";
        refuse("/api/budget-resolutions", APPROVER, metropolitan, "resolutionDate", with(NEVER, FUTURE, "2013-03-31"));
        ok("/api/budget-resolutions", APPROVER, metropolitan.formatted("2014-03-27"), 201);
        recordResolution(2014, "MUNICIPAL", SHINAGAWA, "2014-03-18");

        // 交付申請
        String application = "{\"applicationDate\": \"%s\", \"eligibleCostYen\": 40000000,"
                + " \"requestedAmountYen\": 20000000, \"breakdown\": [{\"measureNumber\": 1,"
                + " \"projectName\": \"成長産業参入等支援事業\", \"eligibleCostYen\": 40000000}]}";
        refuse(year + "application", SHINAGAWA_STAFF, application, "applicationDate",
                with(NEVER, FUTURE, "2015-04-01"));
        ok(year + "application", SHINAGAWA_STAFF, application.formatted("2014-04-15"), 200);

        // 交付決定: within FY2014; its report due date at most a year after FY2014 and five years ahead of today
        String decision = "{\"decisionDate\": \"%s\", \"amountYen\": 20000000}";
        refuse(year + "decision", APPROVER, decision, "decisionDate", with(NEVER, FUTURE, "2015-04-01"));
        String dueDate = "{\"decisionDate\": \"2014-05-15\", \"amountYen\": 20000000, \"reportDueDate\": \"%s\"}";
        refuse(year + "decision", APPROVER, dueDate, "reportDueDate", with(NEVER, "2021-03-14", "2016-04-01"));
        ok(year + "decision", APPROVER, decision.formatted("2014-05-15"), 200);

        // 概算払
        String payment = "{\"paymentDate\": \"%s\", \"amountYen\": 20000000}";
        refuse(year + "payments", APPROVER, payment, "paymentDate", with(NEVER, FUTURE, "2014-03-31"));
        ok(year + "payments", APPROVER, payment.formatted("2014-06-02"), 200);

        // 変更承認: within FY2014
        String change = "{\"changeDate\": \"%s\", \"eligibleCostYen\": 44000000, \"requestedAmountYen\": 22000000,"
                + " \"amountYen\": 22000000, \"reason\": \"事業費の増加\"}";
        refuse(year + "change", APPROVER, change, "changeDate", with(NEVER, FUTURE, "2015-04-01"));

        // 実績報告
        String report = "{\"reportDate\": \"%s\", \"actualCostYen\": 40500000, \"eligibleActualCostYen\": 38000000,"
                + " \"otherRevenueYen\": 1000000}";
        refuse(year + "report", SHINAGAWA_STAFF, report, "reportDate", with(NEVER, FUTURE, "2014-03-31"));
        ok(year + "report", SHINAGAWA_STAFF, report.formatted("2015-04-20"), 200);

        // 額の確定 (¥18,500,000 against ¥20,000,000 paid: a refund falls due)
        String confirmation = "{\"confirmationDate\": \"%s\"}";
        refuse(year + "confirmation", APPROVER, confirmation, "confirmationDate", with(NEVER, FUTURE, "2014-03-31"));
        ok(year + "confirmation", APPROVER, confirmation.formatted("2015-05-20"), 200);

        // 返還
        String refund = "{\"refundDate\": \"%s\", \"amountYen\": 1500000}";
        refuse(year + "refund", APPROVER, refund, "refundDate", with(NEVER, FUTURE, "2014-03-31"));
        ok(year + "refund", APPROVER, refund.formatted("2015-06-05"), 200);

        // then: every refusal was a 400 naming its field; one payment, one refund; the two numbers are 1 and 1
        assertThat(refusedWithoutA400).isEmpty();
        GrantDocument stored = mongo.findById(grant, GrantDocument.class);
        var fy2014 = stored.years().stream().filter(y -> y.fiscalYear() == 2014).findFirst().orElseThrow();
        assertThat(fy2014.status().name()).isEqualTo("PAID");
        assertThat(fy2014.payments()).hasSize(1);
        assertThat(fy2014.refunds()).hasSize(1);
        assertThat(fy2014.changes()).isEmpty();
        assertThat(fy2014.decision().documentNumber()).isEqualTo("26産労商地助第1号");
        assertThat(fy2014.confirmation().documentNumber()).isEqualTo("27産労商地助第1号");
        assertThat(lastNumber("2014")).isEqualTo(1);
        assertThat(lastNumber("2015")).isEqualTo(1);
    }

    private static List<String> with(List<String> never, String... more) {
        List<String> all = new ArrayList<>(never);
        all.addAll(List.of(more));
        return all;
    }

    private void refuse(String path, String token, String template, String field, List<String> dates) {
        for (String date : dates) {
            ResponseEntity<JsonNode> answer = post(path, token, template.formatted(date));
            boolean named = answer.getStatusCode().value() == 400 && answer.getBody() != null
                    && answer.getBody().path("errors").valueStream()
                            .anyMatch(error -> field.equals(error.path("field").asString()));
            if (!named) {
                refusedWithoutA400.add(field + "=" + date + " → " + answer.getStatusCode().value() + " "
                        + answer.getBody());
            }
        }
    }

    private void ok(String path, String token, String body, int status) {
        ResponseEntity<JsonNode> answer = post(path, token, body);
        assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(status);
    }

    private ResponseEntity<JsonNode> post(String path, String token, String body) {
        return http().post().uri(path).header("Authorization", token)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).retrieve()
                .toEntity(JsonNode.class);
    }

    private int lastNumber(String fiscalYear) {
        Document register = mongo.findById(fiscalYear, Document.class, DocumentNumberRegister.COLLECTION);
        return register == null ? 0 : register.getInteger("last");
    }
}
