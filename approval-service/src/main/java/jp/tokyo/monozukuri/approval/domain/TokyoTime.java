package jp.tokyo.monozukuri.approval.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Decisions are dated in Tokyo, whatever zone the server or the caller is in. */
public final class TokyoTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private TokyoTime() {
    }

    public static LocalDate dateOf(OffsetDateTime instant) {
        return instant.atZoneSameInstant(ZONE).toLocalDate();
    }
}
