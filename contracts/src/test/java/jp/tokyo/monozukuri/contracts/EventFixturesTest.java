package jp.tokyo.monozukuri.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.tokyo.monozukuri.contracts.approval.ApprovalRoundPublished;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalAccepted;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalRefused;
import jp.tokyo.monozukuri.contracts.approval.PlanApproved;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.contracts.plan.PlanWithdrawalRequested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every fixture {@code fixtures/<eventType>.json} is a whole envelope whose payload is exactly its record: the
 * fixtures are what producers and consumers test against, so a fixture that does not bind is a broken contract.
 */
class EventFixturesTest {

    /** Payload records live in one sub-package per producing area, named after the event type. */
    private static final List<String> PAYLOAD_PACKAGES = List.of("plan", "approval", "grant");

    /** Strict, so a misspelled field in a fixture fails here instead of turning silently into null downstream. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path folder = Path.of(EventFixturesTest.class.getResource("/fixtures").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureIsAWholeEnvelopeWhosePayloadBindsToItsRecord(Path fixture) throws IOException {
        // given
        String eventType = fixture.getFileName().toString().replaceFirst("\\.json$", "");
        Class<?> payloadType = payloadRecordOf(eventType);
        JavaType envelopeType = JSON.getTypeFactory().constructParametricType(EventEnvelope.class, payloadType);
        JsonNode tree = JSON.readTree(fixture.toFile());

        // when
        EventEnvelope<?> envelope = JSON.readValue(fixture.toFile(), envelopeType);

        // then
        assertThat(envelope.eventType()).as("eventType of %s", fixture.getFileName()).isEqualTo(eventType);
        assertThat(eventTypeConstants()).as("EventTypes declares %s", eventType).contains(eventType);
        assertThat(envelope.payload()).isInstanceOf(payloadType);
        // re-read from text so that numbers compare by value, not by the node class Jackson picked
        assertThat(JSON.readTree(JSON.writeValueAsString(envelope.payload())))
                .as("%s payload survives a round trip through %s unchanged", eventType, payloadType.getSimpleName())
                .isEqualTo(tree.get("payload"));
    }

    @Test
    void theApprovalFixtureApprovesShinagawasPlanUnderTheFirstNumberOfFiscalYear2013() throws IOException {
        // given / when
        EventEnvelope<PlanApproved> approved = read("plan.approved", PlanApproved.class);

        // then
        PlanApproved payload = approved.payload();
        assertThat(payload.planId()).isEqualTo("plan-shinagawa-2014");
        assertThat(payload.revision()).isEqualTo(1);
        assertThat(payload.documentNumber()).isEqualTo("25産労商地第1号");
        assertThat(payload.decisionDate()).hasToString("2014-03-13");
        assertThat(payload.startFiscalYear()).isEqualTo(2014);
        assertThat(payload.endFiscalYear()).isEqualTo(2016);
        assertThat(payload.plan().revision()).isEqualTo(payload.revision());
        assertThat(approved.aggregateId()).isEqualTo(payload.planId());
    }

    @Test
    void theRoundFixtureCarriesTheFourPlansOfThePressRelease() throws IOException {
        // given / when
        ApprovalRoundPublished round = read("approval-round.published", ApprovalRoundPublished.class).payload();

        // then
        assertThat(round.announcementDate()).hasToString("2014-03-13");
        assertThat(round.bureau()).isEqualTo("産業労働局");
        assertThat(round.section()).isEqualTo("商工部地域産業振興課");
        assertThat(round.contactPhone()).isEqualTo("03-5320-4748");
        assertThat(round.plans()).extracting(p -> p.plan().municipalityName())
                .containsExactly("品川区", "江戸川区", "八王子市", "三鷹市");
        assertThat(round.plans()).extracting(ApprovalRoundPublished.ApprovedPlan::documentNumber)
                .doesNotHaveDuplicates();
        assertThat(round.plans()).allSatisfy(p -> {
            assertThat(p.plan().measures()).hasSize(3);
            assertThat(p.plan().startFiscalYear()).isEqualTo(2014);
            assertThat(p.plan().endFiscalYear()).isEqualTo(2016);
        });
    }

    @Test
    void theWithdrawalFixturesAnswerTheRequestOfTheSamePlanAndRevision() throws IOException {
        // given / when
        EventEnvelope<PlanWithdrawalRequested> request = read("plan.withdrawal-requested",
                PlanWithdrawalRequested.class);
        ApprovalWithdrawalAccepted accepted = read("approval.withdrawal-accepted", ApprovalWithdrawalAccepted.class)
                .payload();
        ApprovalWithdrawalRefused refused = read("approval.withdrawal-refused", ApprovalWithdrawalRefused.class)
                .payload();

        // then: keyed by the plan, like every event of a plan, so the answer follows the request in order
        assertThat(request.aggregateId()).isEqualTo(request.payload().planId());
        assertThat(List.of(accepted.planId(), refused.planId())).containsOnly(request.payload().planId());
        assertThat(List.of(accepted.revision(), refused.revision())).containsOnly(request.payload().revision());
        assertThat(accepted.requestedBy()).isEqualTo(request.payload().requestedBy());
        assertThat(refused.decision()).isEqualTo("APPROVAL");
        assertThat(refused.refusal()).contains(refused.documentNumber());
    }

    @Test
    void plansSubmittedNameTheirAuthors() throws IOException {
        assertThat(read("plan.submitted", PlanSubmitted.class).payload().authors())
                .containsExactly("shinagawa-planner");
    }

    private static <P> EventEnvelope<P> read(String eventType, Class<P> payloadType) throws IOException {
        JavaType type = JSON.getTypeFactory().constructParametricType(EventEnvelope.class, payloadType);
        try (var in = EventFixturesTest.class.getResourceAsStream("/fixtures/" + eventType + ".json")) {
            return JSON.readValue(in, type);
        }
    }

    /** {@code approval-round.published} → {@code approval.ApprovalRoundPublished}. */
    private static Class<?> payloadRecordOf(String eventType) {
        String simpleName = Arrays.stream(eventType.split("[.-]"))
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                .collect(Collectors.joining());
        for (String pkg : PAYLOAD_PACKAGES) {
            try {
                Class<?> type = Class.forName(EventEnvelope.class.getPackageName() + "." + pkg + "." + simpleName);
                assertThat(type.isRecord()).as("%s is a record", type.getName()).isTrue();
                return type;
            } catch (ClassNotFoundException tryNextPackage) {
                // the record is in another producer's package
            }
        }
        throw new AssertionError("no payload record " + simpleName + " for fixture " + eventType + " in "
                + PAYLOAD_PACKAGES);
    }

    private static Set<String> eventTypeConstants() {
        return Arrays.stream(EventTypes.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(EventFixturesTest::valueOf)
                .collect(Collectors.toSet());
    }

    private static String valueOf(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
