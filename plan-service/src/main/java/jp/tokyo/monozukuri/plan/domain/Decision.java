package jp.tokyo.monozukuri.plan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 承認 or 不承認 of one revision, as Tokyo notified it: the decision's document number (e.g. 25産労商地第1号),
 * its date and, for a rejection, the reasons.
 */
public record Decision(boolean approved, int revision, String documentNumber, LocalDate decisionDate,
        List<String> reasons, String decidedBy) {

    public Decision {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
