package jp.tokyo.monozukuri.plan.domain;

import java.time.Instant;
import java.util.List;

/** 差戻し — why Tokyo sent a revision back: the reasons the municipality reads before resubmitting. */
public record ReturnNotice(int revision, List<String> reasons, String returnedBy, Instant returnedAt) {

    public ReturnNotice {
        reasons = List.copyOf(reasons);
    }
}
