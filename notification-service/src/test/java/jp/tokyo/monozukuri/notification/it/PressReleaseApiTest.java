package jp.tokyo.monozukuri.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.ApprovalRoundPublished;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.notification.ContractFixtures;
import jp.tokyo.monozukuri.notification.PlanRevisions;
import jp.tokyo.monozukuri.notification.ReferencePlans;
import jp.tokyo.monozukuri.notification.TextAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The press release of a published round, readable by anyone as a page or as text; scripts stay text. */
class PressReleaseApiTest extends NotificationServiceIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void theFourPlansOfTheSourceArePublishedAsAPressReleaseWhoseTextCarriesThemInOrder() {
        // given
        List<PlanRevision> plans = ReferencePlans.fourPlans();
        EventEnvelope<ApprovalRoundPublished> round = withRoundId(ReferencePlans.roundOf(plans),
                "round-" + UUID.randomUUID());

        // when
        publish(round);

        // then
        String id = round.payload().roundId();
        await().atMost(PATIENCE).until(() -> get(id, MediaType.TEXT_PLAIN).getStatusCode().value() == 200);
        ResponseEntity<String> text = get(id, MediaType.TEXT_PLAIN);
        assertThat(text.getHeaders().getContentType()).hasToString("text/plain;charset=UTF-8");
        List<String> inOrder = new ArrayList<>();
        inOrder.add("この度、品川区、江戸川区、八王子市及び三鷹市の「地域産業基盤強化計画」を承認しましたのでお知らせします。");
        inOrder.add("東京都は計画が開始される平成26年度から3年間にわたり助成を行い、4区市の計画に基づく取組を支援していきます。");
        for (PlanRevision plan : plans) {
            inOrder.add("「" + plan.title() + "」(" + plan.municipalityName() + ")【計画期間:平成26~28年度】");
            inOrder.add(plan.summary());
            inOrder.addAll(plan.figures());
            for (PlanRevision.Measure measure : plan.measures()) {
                inOrder.add(measure.number() + ". " + measure.title());
                measure.projects().forEach(project -> inOrder.add(project.name()));
            }
        }
        inOrder.add("問い合わせ先\n産業労働局商工部地域産業振興課\n 電話 03-5320-4748");
        TextAssertions.assertAppearInOrder(text.getBody(), inOrder);

        ResponseEntity<String> page = get(id, MediaType.TEXT_HTML);
        assertThat(page.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
        assertThat(page.getBody()).startsWith("<!DOCTYPE html>")
                .contains("<h3>「品川区大崎駅周辺地域ものづくり産業基盤強化計画」(品川区)【計画期間:平成26~28年度】</h3>");
    }

    @Test
    void publishedPressReleasesAreListedWithoutAToken() {
        // given
        EventEnvelope<ApprovalRoundPublished> round = withRoundId(ReferencePlans.roundOf(ReferencePlans.fourPlans()),
                "round-listed-" + UUID.randomUUID());
        publish(round);
        await().atMost(PATIENCE).until(() ->
                get(round.payload().roundId(), MediaType.TEXT_PLAIN).getStatusCode().value() == 200);

        // when
        ResponseEntity<Map> list = http().get().uri("/api/press-releases?size=100").retrieve().toEntity(Map.class);

        // then
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(list.getBody().get("items").toString()).contains(round.payload().roundId())
                .contains("ものづくり産業集積強化 地域産業基盤強化計画を承認");
    }

    @Test
    void aBrowserGetsThePageAndAClientAskingForJsonIsTurnedAway() {
        // given
        EventEnvelope<ApprovalRoundPublished> round = withRoundId(ReferencePlans.roundOf(ReferencePlans.fourPlans()),
                "round-negotiated-" + UUID.randomUUID());
        publish(round);
        String id = round.payload().roundId();
        await().atMost(PATIENCE).until(() -> get(id, MediaType.TEXT_PLAIN).getStatusCode().value() == 200);

        // when
        ResponseEntity<String> browser = http().get().uri("/api/press-releases/{id}", id)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .retrieve().toEntity(String.class);
        ResponseEntity<String> anything = http().get().uri("/api/press-releases/{id}", id)
                .header("Accept", "*/*").retrieve().toEntity(String.class);
        ResponseEntity<String> json = get(id, MediaType.APPLICATION_JSON);

        // then
        assertThat(browser.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
        assertThat(anything.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
        assertThat(json.getStatusCode().value()).isEqualTo(406);
    }

    @Test
    void anUnknownPressReleaseIsNotFound() {
        assertThat(get("round-that-never-was", MediaType.TEXT_HTML).getStatusCode().value()).isEqualTo(404);
        assertThat(get("round-that-never-was", MediaType.TEXT_PLAIN).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aScriptInAPlanTitleIsEscapedInThePressReleasePageAndInTheHtmlMail() {
        // given
        String title = "<script>alert('三鷹')</script>三鷹市地域産業基盤強化計画";
        recipientsOf("132047", "koho-script@city.mitaka.example.jp");
        List<PlanRevision> plans = new ArrayList<>(ReferencePlans.fourPlans());
        plans.set(3, PlanRevisions.retitled(plans.get(3), title));
        EventEnvelope<ApprovalRoundPublished> round = withRoundId(ReferencePlans.roundOf(plans),
                "round-script-" + UUID.randomUUID());

        // when
        publish(round);

        // then
        String id = round.payload().roundId();
        await().atMost(PATIENCE).until(() -> get(id, MediaType.TEXT_HTML).getStatusCode().value() == 200);
        assertThat(get(id, MediaType.TEXT_HTML).getBody()).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;三鷹&#39;)&lt;/script&gt;三鷹市地域産業基盤強化計画");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(SMTP.mailsOfEvent(round.eventId().toString()))
                .filteredOn(mail -> mail.to().equals("koho-script@city.mitaka.example.jp")).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;");
                    assertThat(mail.text()).contains("「" + title + "」");
                }));
    }

    @Test
    void aScriptInTheTitleOfASubmittedPlanIsEscapedInTheHtmlMail() {
        // given
        recipientsOf("131091", "sangyo-script@city.shinagawa.example.jp");
        EventEnvelope<PlanSubmitted> fixture = ContractFixtures.event(EventTypes.PLAN_SUBMITTED, PlanSubmitted.class);
        PlanRevision p = fixture.payload().plan();
        String title = "<script>document.location='https://example.com'</script>品川区計画";
        EventEnvelope<PlanSubmitted> submitted = EventEnvelope.create(EventTypes.PLAN_SUBMITTED, fixture.occurredAt(),
                "plan-service", p.planId(), p.municipalityCode(), null,
                new PlanSubmitted(PlanRevisions.retitled(p, title)));

        // when
        publish(submitted);

        // then
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(SMTP.mailsOfEvent(submitted.eventId().toString()))
                .filteredOn(mail -> mail.to().equals("sangyo-script@city.shinagawa.example.jp")).singleElement()
                .satisfies(mail -> assertThat(mail.html()).doesNotContain("<script>")
                        .contains("&lt;script&gt;document.location&#x3D;&#39;https://example.com&#39;&lt;/script&gt;")));
    }

    private ResponseEntity<String> get(String id, MediaType accept) {
        return http().get().uri("/api/press-releases/{id}", id).accept(accept).retrieve().toEntity(String.class);
    }

    private static EventEnvelope<ApprovalRoundPublished> withRoundId(EventEnvelope<ApprovalRoundPublished> event,
            String roundId) {
        ApprovalRoundPublished r = event.payload();
        ApprovalRoundPublished renamed = new ApprovalRoundPublished(roundId, r.announcementDate(), r.bureau(),
                r.section(), r.contactPhone(), r.plans(), r.publishedAt(), r.publishedBy());
        return new EventEnvelope<>(UUID.randomUUID(), event.eventType(), 1, event.occurredAt(), event.producer(),
                roundId, null, null, renamed);
    }
}
