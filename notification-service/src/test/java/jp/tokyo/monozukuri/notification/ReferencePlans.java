package jp.tokyo.monozukuri.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.EventTypes;
import jp.tokyo.monozukuri.contracts.approval.ApprovalRoundPublished;
import jp.tokyo.monozukuri.contracts.approval.ApprovalRoundPublished.ApprovedPlan;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import tools.jackson.databind.JsonNode;

/**
 * The four plans of the press release of 2014-03-13 as {@code contracts} holds them verbatim
 * ({@code fixtures/reference/plans-2014-03-13.json}), frozen as revisions and published as one round.
 */
public final class ReferencePlans {

    private ReferencePlans() {
    }

    /** 品川区, 江戸川区, 八王子市, 三鷹市, in the order of the release. */
    public static List<PlanRevision> fourPlans() {
        JsonNode requests = ContractFixtures.JSON.readTree(
                ContractFixtures.resource("/fixtures/reference/plans-2014-03-13.json"));
        List<PlanRevision> plans = new ArrayList<>();
        for (JsonNode request : requests) {
            plans.add(revisionOf(request));
        }
        return plans;
    }

    /** The round that announced them, as approval-service publishes it. */
    public static EventEnvelope<ApprovalRoundPublished> roundOf(List<PlanRevision> plans) {
        List<ApprovedPlan> approved = new ArrayList<>();
        for (PlanRevision plan : plans) {
            approved.add(new ApprovedPlan(plan, "25産労商地第" + (approved.size() + 1) + "号",
                    LocalDate.of(2014, 3, 13), UUID.randomUUID().toString()));
        }
        OffsetDateTime publishedAt = OffsetDateTime.parse("2014-03-13T14:00:00+09:00");
        ApprovalRoundPublished round = new ApprovalRoundPublished("round-2014-03-13", LocalDate.of(2014, 3, 13),
                "産業労働局", "商工部地域産業振興課", "03-5320-4748", approved, publishedAt, "tokyo-approver-suzuki");
        return new EventEnvelope<>(UUID.randomUUID(), EventTypes.APPROVAL_ROUND_PUBLISHED, 1, publishedAt,
                "approval-service", round.roundId(), null, null, round);
    }

    private static PlanRevision revisionOf(JsonNode request) {
        String code = request.get("municipalityCode").asString();
        List<PlanRevision.Measure> measures = new ArrayList<>();
        for (JsonNode measure : request.get("measures")) {
            List<PlanRevision.Project> projects = new ArrayList<>();
            for (JsonNode project : measure.get("projects")) {
                projects.add(new PlanRevision.Project(project.get("name").asString(),
                        textOrNull(project.get("description")), List.of()));
            }
            measures.add(new PlanRevision.Measure(measures.size() + 1, measure.get("title").asString(), projects));
        }
        List<String> figures = new ArrayList<>();
        request.get("figures").forEach(f -> figures.add(f.asString()));
        return new PlanRevision("plan-" + code, 1, code, Municipalities.byCode(code).orElseThrow().name(),
                request.get("title").asString(), textOrNull(request.get("targetArea")),
                request.get("startFiscalYear").asInt(), request.get("endFiscalYear").asInt(),
                request.get("summary").asString(), measures, figures, null,
                OffsetDateTime.parse("2014-01-20T10:15:00+09:00"), "planner-" + code);
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
