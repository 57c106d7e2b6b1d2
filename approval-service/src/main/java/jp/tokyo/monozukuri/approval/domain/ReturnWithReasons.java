package jp.tokyo.monozukuri.approval.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** 差戻し — the reasons the municipality reads when its plan comes back, and who sent it back when. */
public record ReturnWithReasons(List<String> reasons, String returnedBy, OffsetDateTime returnedAt) {

    public ReturnWithReasons {
        reasons = List.copyOf(reasons);
    }
}
