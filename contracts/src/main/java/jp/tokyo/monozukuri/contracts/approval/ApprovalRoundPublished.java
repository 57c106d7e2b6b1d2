package jp.tokyo.monozukuri.contracts.approval;

import java.time.LocalDate;
import java.util.List;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;

/**
 * {@code approval-round.published}: an announcement of approved plans — everything the press release
 * (報道発表資料) is rendered from.
 */
public record ApprovalRoundPublished(
        String roundId,
        LocalDate announcementDate,
        String bureau,
        String section,
        String contactPhone,
        List<ApprovedPlan> plans) {

    /** One approved plan as announced: its frozen revision and the approval decision. */
    public record ApprovedPlan(PlanRevision plan, String documentNumber, LocalDate decisionDate) {
    }
}
