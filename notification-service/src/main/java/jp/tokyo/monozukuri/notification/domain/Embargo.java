package jp.tokyo.monozukuri.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * 報道解禁 — an announcement is public from the start (00:00) of its announcement date in Tokyo, whatever zone the
 * server is in, and not a moment before: its press release is not shown to the public and its notices are not sent.
 */
public final class Embargo {

    private static final ZoneId TOKYO = JapaneseWording.TOKYO;

    private Embargo() {
    }

    /** The first instant of {@code date} in Tokyo. */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(TOKYO).toInstant();
    }

    /** True while {@code date} has not begun in Tokyo at {@code now}. */
    public static boolean isBefore(Instant now, LocalDate date) {
        return now.isBefore(startOf(date));
    }

    /** Today in Tokyo. */
    public static LocalDate today(Instant now) {
        return now.atZone(TOKYO).toLocalDate();
    }
}
