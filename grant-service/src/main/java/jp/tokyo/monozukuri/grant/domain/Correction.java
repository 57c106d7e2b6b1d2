package jp.tokyo.monozukuri.grant.domain;

import java.time.Instant;
import java.util.Map;

/**
 * 訂正 — Tokyo corrected a record entered in error: who, when, why, and the values before and after, kept with the
 * record for good (the audit of the correction).
 *
 * @param before the corrected fields as they were (field → ISO text or number)
 * @param after  the same fields as they are now
 */
public record Correction(String correctedBy, Instant correctedAt, String reason, Map<String, Object> before,
        Map<String, Object> after) {

    public Correction {
        Amounts.requireText("correctedBy", correctedBy);
        Amounts.requireText("reason", reason);
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }
}
