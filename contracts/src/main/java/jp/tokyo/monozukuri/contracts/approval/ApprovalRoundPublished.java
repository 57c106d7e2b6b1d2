package jp.tokyo.monozukuri.contracts.approval;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;

/**
 * {@code approval-round.published}: an announcement of approved plans — everything the press release
 * (報道発表資料) is rendered from.
 *
 * @param publishedAt when the round was published (null only from producers older than this field)
 * @param publishedBy who published it (null only from producers older than this field)
 */
public record ApprovalRoundPublished(
        String roundId,
        LocalDate announcementDate,
        String bureau,
        String section,
        String contactPhone,
        List<ApprovedPlan> plans,
        OffsetDateTime publishedAt,
        String publishedBy) {

    /** The first version of this payload, without who and when; kept so existing callers compile. */
    public ApprovalRoundPublished(String roundId, LocalDate announcementDate, String bureau, String section,
            String contactPhone, List<ApprovedPlan> plans) {
        this(roundId, announcementDate, bureau, section, contactPhone, plans, null, null);
    }

    /**
     * One approved plan as announced: its frozen revision and the approval decision.
     *
     * @param reviewId the review that approved it (null only from producers older than this field)
     */
    public record ApprovedPlan(PlanRevision plan, String documentNumber, LocalDate decisionDate, String reviewId) {

        /** The first version of this entry, without the review id; kept so existing callers compile. */
        public ApprovedPlan(PlanRevision plan, String documentNumber, LocalDate decisionDate) {
            this(plan, documentNumber, decisionDate, null);
        }
    }
}
