package jp.tokyo.monozukuri.notification.domain.letter;

import static jp.tokyo.monozukuri.notification.domain.JapaneseWording.eraDate;
import static jp.tokyo.monozukuri.notification.domain.JapaneseWording.localDate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.approval.ApprovalRoundPublished;
import jp.tokyo.monozukuri.contracts.approval.PlanApproved;
import jp.tokyo.monozukuri.contracts.approval.PlanRejected;
import jp.tokyo.monozukuri.contracts.approval.PlanReturned;
import jp.tokyo.monozukuri.contracts.approval.ReviewStarted;
import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.plan.PlanSubmitted;
import jp.tokyo.monozukuri.contracts.plan.PlanWithdrawn;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.notification.domain.JapaneseWording;
import jp.tokyo.monozukuri.notification.domain.NoticeKind;
import jp.tokyo.monozukuri.notification.domain.RecipientList;
import jp.tokyo.monozukuri.notification.domain.pressrelease.PressReleaseWording;

/**
 * What each event tells which municipality: one {@link LetterContent} per municipality concerned (the event's
 * municipality; for a published approval round, each municipality announced). The letter is dated with the decision
 * it notifies where there is one, otherwise with the day of the event in Tokyo, and names fiscal years in the era of
 * that date.
 */
public final class LetterContents {

    private final GrantLetterContents grants = new GrantLetterContents();

    /** The contents for an event of a {@link NoticeKind}; the payload must be that kind's contract record. */
    public List<LetterContent> of(NoticeKind kind, EventEnvelope<?> event) {
        Object payload = event.payload();
        return switch (kind) {
            case PLAN_RECEIVED -> List.of(received(event, (PlanSubmitted) payload));
            case PLAN_WITHDRAWN -> List.of(withdrawn(event, (PlanWithdrawn) payload));
            case REVIEW_STARTED -> List.of(reviewStarted(event, (ReviewStarted) payload));
            case PLAN_RETURNED -> List.of(returned(event, (PlanReturned) payload));
            case PLAN_APPROVED -> List.of(approved(event, (PlanApproved) payload));
            case PLAN_REJECTED -> List.of(rejected(event, (PlanRejected) payload));
            case APPROVAL_ANNOUNCED -> announced((ApprovalRoundPublished) payload);
            case WITHDRAWAL_ACCEPTED, WITHDRAWAL_REFUSED -> List.of(WithdrawalLetterContents.of(kind, event));
            default -> List.of(grants.of(kind, event, municipalityOf(event)));
        };
    }

    private LetterContent received(EventEnvelope<?> event, PlanSubmitted submitted) {
        PlanRevision plan = submitted.plan();
        LocalDate written = dayOf(event);
        Map<String, Object> fields = planFields(plan.title(), plan.revision());
        fields.put("period", JapaneseCalendar.formatFiscalYearSpan(plan.startFiscalYear(), plan.endFiscalYear(),
                written));
        fields.put("submittedDate", eraDate(plan.submittedAt() != null ? plan.submittedAt() : event.occurredAt()));
        return new LetterContent(NoticeKind.PLAN_RECEIVED, municipalityOf(event), null, written, fields);
    }

    private LetterContent withdrawn(EventEnvelope<?> event, PlanWithdrawn withdrawn) {
        Map<String, Object> fields = planFields(withdrawn.title(), withdrawn.revision());
        fields.put("withdrawnDate",
                eraDate(withdrawn.withdrawnAt() != null ? withdrawn.withdrawnAt() : event.occurredAt()));
        fields.put("reason", blankToNull(withdrawn.reason()));
        return new LetterContent(NoticeKind.PLAN_WITHDRAWN, municipalityOf(event), null, dayOf(event), fields);
    }

    private LetterContent reviewStarted(EventEnvelope<?> event, ReviewStarted started) {
        Map<String, Object> fields = planFields(started.planTitle(), started.revision());
        fields.put("startedDate", eraDate(started.startedAt() != null ? started.startedAt() : event.occurredAt()));
        return new LetterContent(NoticeKind.REVIEW_STARTED, municipalityOf(event), null, dayOf(event), fields);
    }

    private LetterContent returned(EventEnvelope<?> event, PlanReturned returned) {
        Map<String, Object> fields = planFields(returned.planTitle(), returned.revision());
        fields.put("reasons", nonNull(returned.reasons()));
        return new LetterContent(NoticeKind.PLAN_RETURNED, municipalityOf(event), null, dayOf(event), fields);
    }

    private LetterContent approved(EventEnvelope<?> event, PlanApproved approved) {
        LocalDate written = decisionDay(approved.decisionDate(), event);
        Map<String, Object> fields = planFields(approved.planTitle(), approved.revision());
        fields.put("period", JapaneseCalendar.formatFiscalYearSpan(approved.startFiscalYear(),
                approved.endFiscalYear(), written));
        fields.put("firstYear", JapaneseCalendar.formatFiscalYear(approved.startFiscalYear(), written));
        fields.put("lastYear", JapaneseCalendar.formatFiscalYear(approved.endFiscalYear(), written));
        fields.put("years", approved.endFiscalYear() - approved.startFiscalYear() + 1);
        fields.put("submittedDate", approved.plan() != null && approved.plan().submittedAt() != null
                ? eraDate(approved.plan().submittedAt()) : null);
        return new LetterContent(NoticeKind.PLAN_APPROVED, municipalityOf(event), approved.documentNumber(), written,
                fields);
    }

    private LetterContent rejected(EventEnvelope<?> event, PlanRejected rejected) {
        Map<String, Object> fields = planFields(rejected.planTitle(), rejected.revision());
        fields.put("reasons", nonNull(rejected.reasons()));
        return new LetterContent(NoticeKind.PLAN_REJECTED, municipalityOf(event), rejected.documentNumber(),
                decisionDay(rejected.decisionDate(), event), fields);
    }

    /** Each municipality of the round hears that its approval was announced, with the round's other members. */
    private List<LetterContent> announced(ApprovalRoundPublished round) {
        List<Municipality> announced = PressReleaseWording.municipalitiesOf(round);
        return round.plans().stream().map(approved -> {
            PlanRevision plan = approved.plan();
            Map<String, Object> fields = planFields(plan.title(), plan.revision());
            fields.put("period", JapaneseCalendar.formatFiscalYearSpan(plan.startFiscalYear(), plan.endFiscalYear(),
                    round.announcementDate()));
            fields.put("decisionDate", approved.decisionDate() != null
                    ? JapaneseCalendar.formatDate(approved.decisionDate()) : null);
            fields.put("decisionNumber", approved.documentNumber());
            fields.put("announcementDate", JapaneseCalendar.formatDate(round.announcementDate()));
            fields.put("announcedMunicipalities", JapaneseWording.enumerate(
                    announced.stream().map(Municipality::name).toList()));
            fields.put("announcedCount", announced.size());
            fields.put("contactSection", nullToEmpty(round.bureau()) + nullToEmpty(round.section()));
            fields.put("contactPhone", round.contactPhone());
            return new LetterContent(NoticeKind.APPROVAL_ANNOUNCED,
                    RecipientList.tokyoMunicipality(plan.municipalityCode()), null, round.announcementDate(),
                    fields, plan.planId());
        }).toList();
    }

    static Map<String, Object> planFields(String title, int revision) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("revision", revision);
        return fields;
    }

    static Municipality municipalityOf(EventEnvelope<?> event) {
        return RecipientList.tokyoMunicipality(event.municipalityCode());
    }

    static LocalDate dayOf(EventEnvelope<?> event) {
        return localDate(event.occurredAt());
    }

    static LocalDate decisionDay(LocalDate decisionDate, EventEnvelope<?> event) {
        return decisionDate != null ? decisionDate : dayOf(event);
    }

    private static List<String> nonNull(List<String> items) {
        return items == null ? List.of() : items;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
