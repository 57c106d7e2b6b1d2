package jp.tokyo.monozukuri.approval.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Objects;

/**
 * When a round may be announced: not before today in Tokyo (a press release is not dated before it is published),
 * and not more than {@code maxLead} ahead (a date years away is a typo, not a plan; the embargo would hold the
 * release and its notices for that long). Checked when a round is composed and again when it is published, since
 * time passes in between. That the date is not before the decisions it announces is the round's own rule
 * ({@link AnnouncementBeforeDecisionException}).
 */
public record AnnouncementWindow(Period maxLead) {

    public AnnouncementWindow {
        Objects.requireNonNull(maxLead, "maxLead");
        if (maxLead.isNegative() || maxLead.isZero()) {
            throw new IllegalArgumentException("the announcement lead must be positive: " + maxLead);
        }
    }

    /**
     * @throws AnnouncementDateOutOfRangeException if {@code announcementDate} is before today in Tokyo at {@code now}
     *                                             or more than {@code maxLead} after it
     */
    public void check(LocalDate announcementDate, OffsetDateTime now) {
        LocalDate today = TokyoTime.dateOf(now);
        LocalDate latest = today.plus(maxLead);
        if (announcementDate.isBefore(today)) {
            throw new AnnouncementDateOutOfRangeException("is before today (" + today + "): an announcement is not"
                    + " dated before it is published");
        }
        if (announcementDate.isAfter(latest)) {
            throw new AnnouncementDateOutOfRangeException("is more than " + maxLead + " ahead: at the latest "
                    + latest);
        }
    }
}
