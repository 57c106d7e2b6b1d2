package jp.tokyo.monozukuri.approval.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The approver's decision with its document number.
 *
 * @param reasons empty for an approval; the reasons of a rejection, which the municipality reads
 */
public record Decision(DecisionKind kind, DocumentNumber documentNumber, LocalDate decisionDate,
        List<String> reasons, String decidedBy, OffsetDateTime decidedAt) {

    public Decision {
        reasons = List.copyOf(reasons);
    }
}
