package jp.tokyo.monozukuri.notification.domain.letter;

import static jp.tokyo.monozukuri.notification.domain.JapaneseWording.eraDate;
import static jp.tokyo.monozukuri.notification.domain.letter.LetterContents.blankToNull;
import static jp.tokyo.monozukuri.notification.domain.letter.LetterContents.dayOf;
import static jp.tokyo.monozukuri.notification.domain.letter.LetterContents.municipalityOf;
import static jp.tokyo.monozukuri.notification.domain.letter.LetterContents.planFields;

import java.util.Map;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalAccepted;
import jp.tokyo.monozukuri.contracts.approval.ApprovalWithdrawalRefused;
import jp.tokyo.monozukuri.notification.domain.NoticeKind;

/**
 * What approval-service's answer to a withdrawal tells the municipality: accepted (取下げ受理 — nothing will be
 * decided) or refused (the decision came first and stands, its own notice follows or went before).
 */
final class WithdrawalLetterContents {

    private WithdrawalLetterContents() {
    }

    static LetterContent of(NoticeKind kind, EventEnvelope<?> event) {
        return kind == NoticeKind.WITHDRAWAL_ACCEPTED ? accepted(event, (ApprovalWithdrawalAccepted) event.payload())
                : refused(event, (ApprovalWithdrawalRefused) event.payload());
    }

    private static LetterContent accepted(EventEnvelope<?> event, ApprovalWithdrawalAccepted accepted) {
        Map<String, Object> fields = planFields(accepted.planTitle(), accepted.revision());
        fields.put("requestedDate", eraDate(accepted.requestedAt() != null ? accepted.requestedAt()
                : event.occurredAt()));
        fields.put("reason", blankToNull(accepted.reason()));
        return new LetterContent(NoticeKind.WITHDRAWAL_ACCEPTED, municipalityOf(event), null, dayOf(event), fields);
    }

    private static LetterContent refused(EventEnvelope<?> event, ApprovalWithdrawalRefused refused) {
        Map<String, Object> fields = planFields(refused.planTitle(), refused.revision());
        fields.put("requestedDate", eraDate(refused.requestedAt() != null ? refused.requestedAt()
                : event.occurredAt()));
        fields.put("refusal", blankToNull(refused.refusal()));
        fields.put("decisionNumber", blankToNull(refused.documentNumber()));
        return new LetterContent(NoticeKind.WITHDRAWAL_REFUSED, municipalityOf(event), null, dayOf(event), fields);
    }
}
